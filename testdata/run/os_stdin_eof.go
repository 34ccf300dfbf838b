// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// Standard input is empty: reading it gives io.EOF at once; the output streams cannot be read.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	b, err := io.ReadAll(os.Stdin)
	fmt.Println(len(b), err)
	n, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err, err == io.EOF)
	n, err = os.Stdin.Read(nil)
	fmt.Println(n, err)
	_, err = os.Stdout.Read(make([]byte, 4))
	fmt.Println(err)
	fmt.Println(len(os.Args), os.Args[0])
}
