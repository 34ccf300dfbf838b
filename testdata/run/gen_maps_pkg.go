// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	c := maps.Clone(m)
	c["c"] = 3
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	d := maps.Collect(maps.All(m))
	fmt.Println(maps.Equal(d, m))
	maps.Copy(d, map[string]int{"z": 26})
	fmt.Println(slices.Sorted(maps.Keys(d)))
}
