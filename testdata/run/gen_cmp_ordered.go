// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"cmp"
	"fmt"
	"math"
)

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1), cmp.Compare(1, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, 0.0), cmp.Less(-1, 1), cmp.Or(0, 0, 3, 4), cmp.Or("", "x"))
	fmt.Println(min(3, 1, 2), max("a", "c", "b"), min(2.5, nan) != min(2.5, nan))
}
