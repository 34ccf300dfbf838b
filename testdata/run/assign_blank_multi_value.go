// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math/bits"

func two(x uint64) (uint64, uint64) { return x + 1, x + 2 }

func mixed() (float64, string, int8) { return 1.5, "s", -3 }

func next(x uint64) (hi, lo uint64) {
	lo, c := bits.Add64(x, 1442695040888963407, 0)
	hi, _ = bits.Add64(hi, 6364136223846793005, c)
	return hi, lo
}

func main() {
	var a uint64
	a, _ = two(a)
	_, b := two(a)
	var f float64
	var s string
	f, _, _ = mixed()
	_, s, _ = mixed()
	_, _, i := mixed()
	println(a, b, f, s, i)
	println(next(2))
}
