// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// print and println of every integer type at its limits.

func main() {
	println(int8(-128), int8(127), uint8(0), uint8(255))
	println(int16(-32768), int16(32767), uint16(65535))
	println(int32(-2147483648), int32(2147483647), uint32(4294967295))
	println(int64(-9223372036854775808), int64(9223372036854775807), uint64(18446744073709551615))
	println(int(-9223372036854775808), uint(18446744073709551615), uintptr(18446744073709551615))
	var r rune = 'x'
	var b byte = 'y'
	println(r, b, 'z', '\n', '\x00', '\u00e9', '\U0001F600')
	print(1, 2, 3, "\n")
	print(-1, -2, "\n")
	print(int8(5), uint64(6), "\n")
	println(0, -0, 007, 0x_ff, 0o17, 0b101, 1_000_000)
}
