// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const big = 1 << 100

func main() {
	x := big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment \(overflows\)"
	var y int64 = big >> 36 // ERROR "cannot use big >> 36 \(untyped int constant 18446744073709551616\) as int64 value in variable declaration \(overflows\)"
	const mixed = int32(1) << 30
	println(mixed * 4) // ERROR "mixed \* 4 \(constant 4294967296 of type int32\) overflows int32"
	var z = 'A' - 'a'
	var b byte = 'A' - 'a' // ERROR "cannot use 'A' - 'a' \(untyped rune constant -32\) as byte value in variable declaration \(overflows\)"
	println(x, y, z, b)
	const u8 uint8 = 255
	println(u8 + 1) // ERROR "u8 \+ 1 \(constant 256 of type uint8\) overflows uint8"
}
