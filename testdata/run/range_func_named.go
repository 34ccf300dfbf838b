// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Iterators of named types: iter.Seq and iter.Seq2, user-defined func types, methods,
// and generic adapters.

import "iter"

type Gen func(yield func(int) bool)

type List struct {
	items []string
}

func (l *List) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range l.items {
			if !yield(i, s) {
				return
			}
		}
	}
}

func (l List) Each(yield func(string) bool) {
	for _, s := range l.items {
		if !yield(s) {
			return
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func naturals(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func Times(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

type Counter int

func (c Counter) Up(yield func(Counter) bool) {
	for i := Counter(0); i < c; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	var g Gen = func(yield func(int) bool) {
		_ = yield(10) && yield(20) && yield(30)
	}
	for v := range g {
		println("gen", v)
	}
	l := &List{items: []string{"x", "y", "z"}}
	for i, s := range l.All() {
		println(i, s)
	}
	for s := range l.Each {
		print(s)
	}
	println()
	for s := range (*l).Each {
		if s == "y" {
			break
		}
		println("each", s)
	}
	even := func(n int) bool { return n%2 == 0 }
	square := func(n int) int { return n * n }
	for v := range Take(Map(Filter(naturals, even), square), 4) {
		println("sq", v)
	}
	var seq iter.Seq[int] = Times(3)
	for v := range seq {
		println("times", v)
	}
	var seq2 iter.Seq2[int, string] = l.All()
	for i := range seq2 {
		print(i)
	}
	println()
	for c := range Counter(3).Up {
		println("counter", c)
	}
	var c Counter = 2
	up := c.Up
	for range up {
		println("tick")
	}
}
