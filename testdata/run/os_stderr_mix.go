// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out 1")
	fmt.Fprintln(os.Stderr, "err 1")
	fmt.Fprintf(os.Stdout, "out %d\n", 2)
	fmt.Fprint(os.Stderr, "err ", 2, "\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), len(os.Args) > 0)
	defer fmt.Println("deferred (not printed)")
	fmt.Fprintln(os.Stderr, "fatal: bye")
	os.Exit(3)
}
