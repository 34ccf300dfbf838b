// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	println(i, i < len(a) && a[i] == x)
	println(sort.Search(100, func(i int) bool { return i*i >= 1000 }), sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
	words := []string{"apple", "banana", "cherry", "date"}
	j, found := sort.Find(len(words), func(i int) int { return strings.Compare("cherry", words[i]) })
	println(j, found)
	j, found = sort.Find(len(words), func(i int) int { return strings.Compare("coconut", words[i]) })
	println(j, found)
}
