// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Narrowing keeps the low bits; widening sign- or zero-extends by the source type.

func main() {
	var x int64 = 0x1234_5678_9abc_def0
	println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x))
	var n int32 = -2
	println(int64(n), uint64(n), uint32(n), uint16(n), int8(n))
	var u uint32 = 0xffff_fff0
	println(int64(u), int32(u), uint64(u), int8(u))
	var b uint8 = 0x80
	println(int8(b), int16(b), int16(int8(b)), uint16(int8(b)))
	var p uintptr = 0xffff_ffff_ffff_ffff
	println(uint32(p), int(p), int32(p))
	var i int = -1
	println(uintptr(i), uint(i), uint8(i))
	var c16 int16 = -32768
	println(uint16(c16), int32(c16), uint64(c16))
	var r rune = 'é'
	var by byte = 'A'
	println(r, by, int8(r), byte(r))
}
