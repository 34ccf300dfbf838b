// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Double[S ~[]E, E ~int | ~float64](s S) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v + v
	}
	return r
}

type Vector []float64

func Ptr[P ~*T, T any](p P) T { return *p }

type IntPtr *int

func main() {
	v := Double(Vector{1, 2.5})
	fmt.Printf("%T %v\n", v, v)
	w := Double([]int{3})
	fmt.Printf("%T %v\n", w, w)
	n := 9
	fmt.Println(Ptr(IntPtr(&n)))
}
