// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Range over functions (Go 1.23 iterators), with break and early return.

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				println("stopped at", i)
				return
			}
		}
		println("exhausted")
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func firstOver(limit int) int {
	for v := range count(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func main() {
	for v := range count(3) {
		println("v", v)
	}
	for v := range count(10) {
		if v == 2 {
			break
		}
		println("w", v)
	}
	for i, s := range pairs([]string{"a", "b", "c"}) {
		println(i, s)
	}
	println(firstOver(50))
	n := 0
	for range count(4) {
		n++
	}
	println(n)
}
