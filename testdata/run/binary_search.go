// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func search(a []int, x int) (int, bool) {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(a) && a[lo] == x
}

func main() {
	a := []int{1, 3, 5, 7, 9, 11, 13}
	for _, x := range []int{0, 1, 6, 13, 14} {
		i, found := search(a, x)
		println(x, i, found)
	}
	var empty []int
	println(search(empty, 5))
}
