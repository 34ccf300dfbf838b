// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Max[T ~int | ~float64](x, y T) T {
	if x > y {
		return x
	}
	return y
}

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func main() {
	fmt.Printf("%T %v\n", Max(1, 2), Max(1, 2))
	fmt.Printf("%T %v\n", Max(1, 2.5), Max(1, 2.5))
	var x float64 = 3
	fmt.Printf("%T %v\n", Max(x, 2), Max(x, 2))
	fmt.Printf("%T %v\n", Pick('a', 1, true), Pick('a', 1, true))
	fmt.Printf("%T\n", Pick("s", "t", false))
}
