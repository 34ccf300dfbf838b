// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Set[K comparable] = map[K]bool

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair[B any] = Pair[int, B]

type List[T any] = []T

func keys[K comparable](s Set[K]) int { return len(s) }

func main() {
	s := Set[string]{"a": true, "b": true}
	s["c"] = true
	println(keys(s), len(s))
	var m map[string]bool = s
	println(len(m))
	p := IntPair[string]{1, "x"}
	var q Pair[int, string] = p
	println(q.First, q.Second)
	var l List[float64] = []float64{1.5}
	println(len(l), l[0])
}
