// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Shift counts may be of any integer type, signed or unsigned.

func main() {
	var v int32 = 1
	var c8 uint8 = 3
	var c16 int16 = 4
	var c32 int32 = 5
	var c64 int64 = 40
	var cu uintptr = 2
	var ci int = 10
	println(v<<c8, v<<c16, v<<c32, v<<c64, v<<cu, v<<ci)
	var w uint64 = 1 << 63
	println(w>>c8, w>>c16, w>>c32, w>>c64, w>>cu, w>>ci)
	var n int64 = -1024
	println(n>>c8, n>>c16, n>>c64, n>>ci)
	const k = 3
	println(v<<k, 1<<k, uint8(1)<<7)
	var b uint8 = 1
	println(b<<c8<<c8<<c8, b<<ci)
	var shifted = 1 << c8
	println(shifted)
}
