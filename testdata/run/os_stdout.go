// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "os"

func main() {
	n, err := os.Stdout.WriteString("to stdout\n")
	println(n, err == nil)
	n, err = os.Stderr.Write([]byte("to stderr\n"))
	println(n, err == nil)
	os.Stdout.Write(nil)
	w := os.Stdout
	w.WriteString("via a variable\n")
	println(os.Stdout.Name(), os.Stderr.Fd(), len(os.Args) > 0)
	os.Exit(0)
}
