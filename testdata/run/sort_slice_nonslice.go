// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sort"

func main() {
	sort.Slice(42, func(i, j int) bool { return false })
}
