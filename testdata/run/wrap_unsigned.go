// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Unsigned arithmetic is modulo 2^n.

func main() {
	var a uint8 = 255
	a++
	var b uint8 = 0
	b--
	println(a, b, b*b, b+b)
	var c uint16 = 0
	c -= 1
	println(c, c*c, c/3)
	var d uint32 = 0
	d--
	var d2 uint32 = 1 << 31
	println(d, d2*2, d+d, -d2, d*d)
	var e uint64 = 0
	e--
	var e2 uint64 = 1 << 63
	println(e, e2+e2, e*e, e/7)
	var u uint = 3
	u -= 5
	println(u, -u)
	var p uintptr = 1
	p -= 2
	println(p, p>>60)
	var x uint8 = 200
	var y uint8 = 100
	println(x+y, y-x, x*y, x/y, x%y)
}
