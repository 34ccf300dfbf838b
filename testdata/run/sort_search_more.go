// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	words := byLen{"kiwi", "fig", "banana", "apple", "date", "plum", "pear", "lime", "cherry", "grape", "melon", "peach", "mango", "lemon", "yuzu"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)
	a := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 1, 4, 9, 10} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
		fmt.Print(x, "->", i, " ")
	}
	fmt.Println()
	fs := sort.Float64Slice{2.5, 1, 3}
	sort.Sort(fs)
	fmt.Println(fs, fs.Search(2), sort.IsSorted(fs))
	is := sort.IntSlice{3, 1, 2}
	sort.Stable(sort.Reverse(is))
	fmt.Println(is)
}
