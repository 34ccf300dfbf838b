// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func takeU8(x uint8) {}

func main() {
	var a uint8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var b int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	c := uint8(256) // ERROR "constant 256 overflows uint8"
	var d int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as int32 value in variable declaration \(overflows\)"
	takeU8(-1) // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in argument to takeU8 \(overflows\)"
	const e int16 = 40000 // ERROR "cannot use 40000 \(untyped int constant\) as int16 value in constant declaration \(overflows\)"
	var f uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	println(a, b, c, d, e, f)
}
