// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"math"
	"sort"
)

func main() {
	fs := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2.25, math.NaN(), -7.5}
	sort.Float64s(fs)
	for _, f := range fs {
		print(f, " ")
	}
	println()
	println(sort.Float64sAreSorted(fs), sort.SearchFloat64s(fs, 2.25), sort.SearchFloat64s(fs, 100))
}
