// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Signed overflow wraps around at run time, for every size.

func main() {
	var a int8 = 127
	a++
	var b int8 = -128
	b--
	println(a, b, a*2, b*b)
	var c int16 = 32767
	c += 2
	var c2 int16 = 300
	println(c, c2*c2)
	var d int32 = 2147483647
	d++
	var d2 int32 = 65536
	println(d, d2*d2, d2*d2/2+d2)
	var e int64 = 9223372036854775807
	e++
	var e2 int64 = 1 << 32
	println(e, e2*e2, e-1)
	var f int = 1 << 62
	f *= 2
	println(f, f*2, -f)
	var g int8 = -128
	println(-g, g/-1, g*-1)
	var h int32 = 100000
	println(h*h, h*h*h)
}
