// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A panic during package initialization: main never runs.

var zero = 0
var v = compute()

func compute() int {
	println("computing")
	return 10 / zero
}

func main() {
	println("main", v)
}
