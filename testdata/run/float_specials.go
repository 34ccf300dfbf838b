// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// NaN, infinities and negative zero at run time.

func main() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	negz := -zero
	println(nan, inf, ninf, negz, zero)
	println(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan >= nan)
	println(inf > 1e308, ninf < -1e308, inf == inf, inf+ninf)
	println(negz == zero, 1/negz, 1/zero, negz*negz)
	println(inf*0, inf-inf, inf/inf, -inf)
	var x = nan
	println(x == x, !(x < 1) && !(x >= 1))
	var big = 1e308
	println(big*10, -big*10, big*10-big*10)
	var f32 float32 = 3.4e38
	println(f32*10, -f32*10)
	var tiny = 5e-324
	println(tiny, tiny/2, -tiny/2)
}
