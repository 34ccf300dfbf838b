// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"math"
	"sort"
)

type byAbs []float64

func (a byAbs) Len() int           { return len(a) }
func (a byAbs) Less(i, j int) bool { return math.Abs(a[i]) < math.Abs(a[j]) }
func (a byAbs) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type grid [][2]int

func main() {
	xs := byAbs{-3, 1, -1, 2, -2, 3, 0}
	sort.Stable(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	pts := grid{{3, 1}, {1, 2}, {2, 1}, {1, 1}, {3, 0}}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i][0] < pts[j][0] })
	for _, p := range pts {
		print("(", p[0], ",", p[1], ") ")
	}
	println()
	big := make([]int, 5000)
	for i := range big {
		big[i] = (i * 2654435761) % 10007
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	println(big[0], big[4999], sort.SliceIsSorted(big, func(i, j int) bool { return big[i] > big[j] }))
	strs := []string{"b", "a", "c"}
	sort.Sort(sort.StringSlice(strs))
	println(strs[0], strs[1], strs[2])
}
