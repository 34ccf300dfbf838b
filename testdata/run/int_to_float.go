// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// int -> float conversion rounds to nearest even.

func main() {
	var a int64 = 1<<53 + 1
	var b int64 = 1<<53 + 3
	println(float64(a), float64(b), int64(float64(a)))
	var c int32 = 16777217
	var d int32 = 16777219
	println(float32(c), float32(d), float64(c))
	var u uint64 = 1<<64 - 1
	println(float64(u), float32(u))
	var u2 uint64 = 1<<63 + 1025
	println(float64(u2))
	var m int64 = -9223372036854775808
	println(float64(m), float32(m))
	var s int8 = -128
	var t uint8 = 255
	println(float64(s), float32(t), float64(s)/float64(t))
	var big uint32 = 4294967295
	println(float32(big), float64(big))
	var i int = 7
	println(float64(i)/2, float32(i)/3)
}
