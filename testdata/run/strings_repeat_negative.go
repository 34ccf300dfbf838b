// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	println(strings.Repeat("-", 3))
	n := -1
	println(strings.Repeat("x", n))
}
