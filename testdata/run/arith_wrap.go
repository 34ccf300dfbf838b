// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c int16 = -32768
	c--
	println(c)
	var d uint16 = 65535
	d += 2
	println(d)
	var e int32 = 2147483647
	e += 1
	println(e)
	var f uint32 = 0
	f -= 1
	println(f)
	var g int64 = 9223372036854775807
	g++
	println(g)
	var h uint64 = 0
	h--
	println(h)
	var i int = -9223372036854775808
	i--
	println(i)
	var m int8 = -128
	println(-m, m*m, m/-1)
}
