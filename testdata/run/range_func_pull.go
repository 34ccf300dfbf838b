// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// iter.Pull and iter.Pull2: pulling values one at a time, stopping early, exhausted
// iterators, and panics in the iterator reaching the caller of next.

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup", n)
		for i := range n {
			if !yield(i) {
				fmt.Println("count stopped at", i)
				return
			}
		}
	}
}

// zip pairs two sequences until either ends.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	v, ok := next()
	fmt.Println("after end", v, ok)
	stop()

	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())
	stop()

	_, stop = iter.Pull(count(5))
	stop()
	fmt.Println("stopped before start")

	for a, b := range zip(slices.Values([]string{"x", "y", "z"}), count(2)) {
		fmt.Println("zip", a, b)
	}

	next2, stop2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, val, ok := next2()
	fmt.Println(k, val, ok)
	k, val, ok = next2()
	fmt.Printf("%q %d %v\n", k, val, ok)
	stop2()

	bad := func(yield func(int) bool) {
		yield(1)
		panic("iterator failed")
	}
	next, stop = iter.Pull(bad)
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next()
	}()
	fmt.Println(next())
	stop()
}
