// expect.txt is gc's output (Go 1.27, wasip1, under wasmtime) with input.txt as stdin.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	for i, l := range lines {
		fmt.Printf("%d: %s\n", i+1, strings.ToUpper(l))
	}
	fmt.Println(len(os.Args), os.Args[0])
	n, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err, err == io.EOF)
	_, err = os.Stdout.Read(make([]byte, 4))
	fmt.Println(err)
}
