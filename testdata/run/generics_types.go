// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var ks []K
	for _, p := range ps {
		ks = append(ks, p.Key)
	}
	return ks
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	println(v, ok)
	v, ok = s.Pop()
	println(v, ok)
	v, ok = s.Pop()
	println(v == "", ok)
	var is Stack[int]
	for i := range 5 {
		is.Push(i * i)
	}
	x, _ := is.Pop()
	println(x, len(is.items))
	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	ks := Keys(ps)
	println(len(ks), ks[0], ks[1])
}
