// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(a, b, c int32) (lo, hi int32) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func three() (int8, bool, float64) { return -1, true, 2.5 }

func pass() (int, int) { return divmod(17, 5) }

func sum(a, b int) int { return a + b }

func ignore() (int, int) {
	x, _ := divmod(9, 4)
	_, y := divmod(9, 4)
	return x, y
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	println(minmax(3, -7, 12))
	a, b, c := three()
	println(a, b, c)
	println(pass())
	println(sum(divmod(20, 6)))
	println(ignore())
	q, r = divmod(-17, 5)
	println(q, r)
}
