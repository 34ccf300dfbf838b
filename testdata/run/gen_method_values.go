// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[string]
	push := s.Push
	push("a")
	push("b")
	fmt.Println(s.Len())
	pop := (*Stack[string]).Pop
	x, ok := pop(&s)
	fmt.Println(x, ok)
	l := Stack[string].Len
	fmt.Println(l(s))
}
