// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

func main() {
	var n int
	errors.As(errors.New("x"), &n)
}
