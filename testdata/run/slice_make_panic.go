// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	n := -1
	println(len(make([]int, 3)))
	s := make([]int, n)
	println(len(s))
}
