// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	var b strings.Builder
	b.Grow(-1)
}
