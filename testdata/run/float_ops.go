// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Floating-point arithmetic at run time versus exact constant arithmetic.

func main() {
	var a, b = 0.1, 0.2
	println(a+b, a*b, b/a, b-a, -a)
	const ca, cb = 0.1, 0.2
	println(ca+cb, ca*cb, cb/ca)
	var x = 1e16
	println(x+1, x+2, x+1-x)
	var y = 2.0
	println(y*y*y, 1/y, y/3)
	var big = 1.7976931348623157e308
	println(big, big*1, big/2)
	var small = 2.2250738585072014e-308
	println(small, small/4)
	var neg = -7.5
	println(neg/2, neg*neg, neg+7.5)
	var frac = 123456.789
	println(frac, frac*10, frac*1e15, frac/1e10)
	println(1e21+0*x, 1e20+0*x, 999999.0+0*x, 1000000.0+0*x)
}
