// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

const c = max(2.5, 1)

func main() {
	println(max(2.5, 1))
	println(min(1, 2.5, 'a'))
	println(c, min(3, 2.0))
	var f float64 = 1
	println(max(f, 2), min(2, f, 0.5))
	var i int = 7
	println(max(i, 2.0), min(3.0, i))
	println(max("b", "abc", "ab"), min("b", "abc", "ab"))
	s := "zz"
	println(min(s, "a"), max(s, "a"))
	nan := math.NaN()
	println(min(nan, 1), max(1, nan), min(1, 2, nan))
	println(min(math.Inf(1), 3), max(math.Inf(-1), -3))
	z := 0.0
	nz := math.Copysign(0, -1)
	println(min(z, nz), max(nz, z), min(nz, z), max(z, nz))
	var f32 float32 = 1.5
	println(min(f32, 0.25), max(f32, 2))
	println(min(uint8(200), 100), max(int8(-3), -100))
}
