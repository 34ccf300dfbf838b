// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// The standard library's iterators: slices, maps and their collectors.

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []string{"b", "c", "a"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for v := range slices.Values(s) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println("sum", sum)
	c := slices.Collect(slices.Values([]int{3, 1, 2}))
	fmt.Println(c, len(c))
	m2 := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(m2)
	maps.Insert(m2, maps.All(map[int]string{5: "r"}))
	fmt.Println(m2)
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(ch)
	}
	fmt.Println(slices.AppendSeq([]int{9}, slices.Values([]int{8, 7})))
	for k := range maps.Keys(map[int]bool{7: true}) {
		fmt.Println("only key", k)
	}
	for i, v := range slices.All(s) {
		if v == "c" {
			fmt.Println("found c at", i)
			break
		}
	}
}
