// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Grow[P any] struct { // ERROR "instantiation cycle"
	next *Grow[[]P]
}

func main() {
	var g Grow[int]
	_ = g
}
