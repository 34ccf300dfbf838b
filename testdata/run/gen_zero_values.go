// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

type S struct {
	A int
	B string
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[S]())
	fmt.Println(Zero[[]int]() == nil, Zero[map[string]int]() == nil, Zero[any]() == nil)
	fmt.Println(Zero[[3]bool](), Zero[complex128](), Zero[float32]())
}
