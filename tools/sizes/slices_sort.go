// slices.Sort over a slice literal, printed with println: the module-size budget test
// (compiler-core/tests/sizes.rs) and tools/sizes.py measure it.
package main

import "slices"

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
	slices.Sort(xs)
	for _, x := range xs {
		println(x)
	}
}
