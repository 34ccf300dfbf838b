// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	println(len(keys), keys[0], keys[1], keys[2])
	vals := slices.Sorted(maps.Values(m))
	println(vals[0], vals[2])
	s := slices.Collect(Count(4))
	println(len(s), s[3])
	back := slices.Collect(slices.Values([]string{"x", "y"}))
	println(back[0], back[1])
	m2 := maps.Collect(slices.All([]string{"p", "q"}))
	println(len(m2), m2[1])
	slices.Values([]int{7, 8, 9})(func(v int) bool {
		println(v)
		return v < 8
	})
	desc := slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a })
	println(desc[0], desc[1], desc[2])
	m3 := map[int]bool{}
	maps.Insert(m3, maps.All(map[int]bool{5: true}))
	println(len(m3), m3[5])
	println(len(slices.AppendSeq([]int{1}, Count(3))))
}
