// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A negative shift count of a signed type panics at run time.

func shl(x int32, n int) int32 { return x << n }

func main() {
	println(shl(1, 3))
	println(shl(1, 40))
	println(shl(1, -1))
	println("unreachable")
}
