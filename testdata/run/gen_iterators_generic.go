// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"iter"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
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
		for x := range seq {
			if !yield(x) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	even := Filter(Naturals, func(x int) bool { return x%2 == 0 })
	for x := range Take(even, 4) {
		fmt.Print(x, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Naturals, 2))
	defer stop()
	a, ok1 := next()
	b, ok2 := next()
	c, ok3 := next()
	fmt.Println(a, ok1, b, ok2, c, ok3)
}
