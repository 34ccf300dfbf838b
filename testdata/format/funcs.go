package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 { return zero, false }
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs { out = append(out, f(x)) }
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

func Sum[N Number](xs ...N) (total N) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	s := &Stack[int]{}
	s.Push(1); s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok)
	sq := Map([]int{1, 2, 3}, func(x int) int { return x * x })
	fmt.Println(sq, Sum(1, 2, 3), Sum[float64](1.5, 2.5))
	f := func() {
		fmt.Println("closure")
	}
	f()
	defer func() { recover() }()
	go func(n int) {}(1)
	var fn func(int, string) (bool, error)
	_ = fn
	var ch <-chan int
	var ch2 chan<- []int
	_, _ = ch, ch2
}
