// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Sum[A ~[3]E, E ~int](a A) E {
	var s E
	for _, v := range a {
		s += v
	}
	return s
}

func Fill[T any](p *[4]T, v T) {
	for i := range p {
		p[i] = v
	}
}

func main() {
	type T [3]int
	fmt.Println(Sum([3]int{1, 2, 3}), Sum(T{1, 1, 1}))
	var a [4]string
	Fill(&a, "z")
	fmt.Println(a)
}
