// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Map[F, T any](s []F, f func(F) T) []T {
	r := make([]T, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

func Sum[T ~int | ~float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	sf := Sum[float64]
	fmt.Println(sf([]float64{1.5, 2.25}))
	strs := Map[int, string]([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) })
	fmt.Println(strs, len(strs))
	fmt.Printf("%T\n", Map[int, bool])
}
