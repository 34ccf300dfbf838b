// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// The remainder by zero panics with the same message as division.

func rem(a, b uint64) uint64 { return a % b }

func main() {
	println(rem(10, 3))
	println(rem(10, 0))
}
