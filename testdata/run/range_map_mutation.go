// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{1: true, 2: true, 3: true}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	m2 := map[string]int{"a": 1, "b": 2}
	var keys []string
	for k, v := range m2 {
		m2[k] = v * 10
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, m2["a"], m2["b"])
}
