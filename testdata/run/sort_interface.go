// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	b := byLen{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Stable(b)
	for _, s := range b {
		print(s, " ")
	}
	println(sort.IsSorted(b))
	sort.Stable(sort.Reverse(b))
	for _, s := range b {
		print(s, " ")
	}
	println()
	s := sort.StringSlice{"c", "a", "b"}
	s.Sort()
	println(s[0], s[1], s[2], s.Search("b"), s.Len())
	n := sort.IntSlice{3, 1, 2}
	sort.Sort(n)
	println(n[0], n[1], n[2], n.Search(3))
}
