// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Pair[T comparable] struct{ A, B T }

func (p Pair[T]) Same() bool { return p.A == p.B }

func main() {
	fmt.Println(Pair[int]{1, 1}.Same(), Pair[string]{"a", "b"}.Same())
	m := map[Pair[int]]string{{1, 2}: "x"}
	fmt.Println(m[Pair[int]{1, 2}], Pair[float64]{1, 2} == Pair[float64]{1, 2})
}
