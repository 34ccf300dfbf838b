// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	println(len(c), c["b"])
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	println(len(dst), dst["a"], dst["z"])
	var keys []string
	for k := range dst {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	println(keys[0], keys[3])
	println(maps.EqualFunc(m, map[string]int{"a": 10, "b": 20, "c": 30}, func(x, y int) bool { return x*10 == y }))
	var nilm map[string]int
	println(maps.Clone(nilm) == nil)
}
