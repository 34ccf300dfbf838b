// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"cmp"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func show(s []int) {
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println(" len", len(s))
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	c := slices.Clone(s)
	slices.Sort(c)
	show(c)
	println(slices.IsSorted(c), slices.IsSorted(s))
	i, found := slices.BinarySearch(c, 5)
	println(i, found)
	i, found = slices.BinarySearch(c, 7)
	println(i, found)
	println(slices.Contains(s, 9), slices.Contains(s, 7), slices.Index(s, 5), slices.Index(s, 8))
	println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	show(slices.Compact(c))
	show(slices.Insert([]int{1, 2, 3}, 1, 10, 11))
	show(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	show(slices.DeleteFunc([]int{0, 1, 2, 3, 4}, func(v int) bool { return v%2 == 0 }))
	println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1}, []int{2}))
	println(slices.Max(s), slices.Min(s))
	r := []int{1, 2, 3}
	slices.Reverse(r)
	show(r)
	g := slices.Grow([]int{1}, 10)
	println(len(g), cap(g) >= 11)
	show(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	words := []string{"pear", "apple", "fig"}
	slices.Sort(words)
	println(words[0], words[1], words[2])
	fl := []float64{2.5, -1, 0}
	slices.Sort(fl)
	println(fl[0], fl[2])
	println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2), cmp.Or(0, 0, 7, 8), cmp.Or("", "x"))
	println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.ContainsFunc(s, func(v int) bool { return v == 2 }))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	slices.Sort(big)
	println(big[0], big[50], big[99], slices.IsSorted(big))
}
