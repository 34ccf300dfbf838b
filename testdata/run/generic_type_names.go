// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Pair[A, B any] struct {
	a A
	b B
}

type T struct{}

func main() {
	var e any = Pair[T, Pair[int, string]]{}
	fmt.Printf("%T\n", e)
	_ = e.(Pair[int, int])
}
