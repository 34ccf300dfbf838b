// The generic standard packages over several element types: slices and maps functions
// instantiated for int, ID, int64, string, Name and float64. tools/generics.py builds it
// with each strategy for generic instances.
package main

import (
	"maps"
	"slices"
)

type ID int
type Name string

type key interface {
	~int | ~int64 | ~string | ~float64
}

func use[T key](xs []T, probe T) int {
	ys := slices.Clone(xs)
	slices.Sort(ys)
	i, found := slices.BinarySearch(ys, probe)
	m := map[T]int{}
	for k, x := range ys {
		m[x] = k
	}
	keys := slices.Sorted(maps.Keys(m))
	slices.Reverse(keys)
	n := slices.Index(keys, probe)
	if slices.Contains(ys, probe) && found {
		n += 100
	}
	return i*10000 + n*100 + len(keys) + m[slices.Max(ys)]
}

func main() {
	println(use([]int{5, 3, 9, 1, 3}, 3))
	println(use([]ID{5, 3, 9, 1, 3}, 9))
	println(use([]int64{50, 30, 90, 10}, 10))
	println(use([]string{"go", "wasm", "gc", "go"}, "gc"))
	println(use([]Name{"b", "a", "c"}, "c"))
	println(use([]float64{2.5, 1.5, 3.5}, 1.5))
}
