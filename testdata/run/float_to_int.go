// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// float -> int conversion truncates toward zero (values in range only: out-of-range
// results are implementation-specific).

func main() {
	var f float64 = 3.99
	var g float64 = -3.99
	println(int(f), int(g), int8(f), int8(g), uint8(f))
	var h float64 = 2147483647.9
	println(int32(h), int64(h), uint32(h))
	var big float64 = 9.2e18
	println(int64(big), uint64(big*2))
	var neg float64 = -0.9
	println(int(neg), int64(-neg))
	var f32 float32 = 16777217
	println(int32(f32), int64(f32))
	var half float32 = -2.5
	println(int16(half), int(half*3))
	var u float64 = 4294967295.5
	println(uint32(u), uint64(u))
	var tiny float64 = 1e-300
	println(int(tiny), int(-tiny))
}
