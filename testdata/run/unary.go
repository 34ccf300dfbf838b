// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a int8 = -128
	var b int32 = 5
	var c uint16 = 1
	println(-a, +a, ^a, -b, +b, ^b, -c, ^c)
	var d int64 = -9223372036854775808
	println(-d, ^d, -(-d))
	var e uint64 = 1
	println(-e, ^e, -(-e))
	var f float64 = 2.5
	var z float64
	println(-f, +f, -z, -(-f))
	var g float32 = -0.0
	println(-g, g)
	var t = true
	println(!t, !!t)
	var p uintptr = 1
	println(-p, ^p)
	const k = -(-5)
	println(k, ^0, ^-1, -^0)
}
