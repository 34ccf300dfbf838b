// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	s := []string{"banana", "Apple", "cherry", "apple", ""}
	sort.Strings(s)
	fmt.Println(s, sort.StringsAreSorted(s))
	f := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN()}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
	n := []int{5, 2, 8, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(n)))
	fmt.Println(n, sort.IntsAreSorted(n))
	sort.Ints(n)
	fmt.Println(n, sort.SearchInts(n, 2), sort.SearchInts(n, 3), sort.SearchInts(n, 100))
	fmt.Println(sort.SearchStrings(s, "apple"), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	idx, found := sort.Find(len(n), func(i int) int { return 8 - n[i] })
	fmt.Println(idx, found)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Len(), ss.Search("b"))
	fmt.Println(sort.SliceIsSorted(n, func(i, j int) bool { return n[i] < n[j] }))
}
