// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "slices"

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	for _, v := range s {
		println(v)
	}
}
