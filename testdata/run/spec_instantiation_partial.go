// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func apply[S ~[]E, E any](s S, f func(E) E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func Convert[To, From ~int | ~float64](x From) To { return To(x) }

func main() {
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	fmt.Println(Convert[float64](3), Convert[int](2.75))
	fmt.Printf("%T\n", Convert[float64, int])
	fmt.Println(apply[[]string]([]string{"a"}, func(s string) string { return s + s }))
}
