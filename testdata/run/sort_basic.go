// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sort"

func pr(xs []int) {
	for _, x := range xs {
		print(x, " ")
	}
	println()
}

func main() {
	xs := []int{5, 2, 8, -1, 9, 2, 0, 100, -50}
	println(sort.IntsAreSorted(xs))
	sort.Ints(xs)
	pr(xs)
	println(sort.IntsAreSorted(xs), sort.SearchInts(xs, 2), sort.SearchInts(xs, 3), sort.SearchInts(xs, 1000), sort.SearchInts(xs, -1000))
	ss := []string{"pear", "Apple", "fig", "", "apple", "zebra", "Zebra"}
	sort.Strings(ss)
	for _, s := range ss {
		print("[", s, "] ")
	}
	println(sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"), sort.SearchStrings(ss, "g"))
	var empty []int
	sort.Ints(empty)
	println(len(empty), sort.IntsAreSorted(empty))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1009
	}
	sort.Ints(big)
	println(big[0], big[1], big[500], big[998], big[999], sort.IntsAreSorted(big))
	desc := []int{1, 2, 3, 4, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	pr(desc)
}
