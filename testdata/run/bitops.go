// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a uint8 = 0b1100_1010
	var b uint8 = 0b1010_0110
	println(a&b, a|b, a^b, a&^b, ^a, ^b)
	var x int8 = 0x5a
	var y int8 = -0x10
	println(x&y, x|y, x^y, x&^y, ^x, ^y)
	var i int32 = -1
	println(^i, i&^0x7fffffff, uint32(i)&^1)
	var u uint64 = 0xdeadbeef
	println(u<<32|u, ^u, u&^0xffff, ^uint64(0)>>1)
	var n int64 = 0
	println(^n, ^n&^3)
	var m uint16 = 0xf0f0
	m &^= 0x00ff
	m ^= 0x0f00
	println(m)
	const mask = 1<<4 - 1
	var v int = 0x1234
	println(v&mask, v>>4&mask, v&^mask)
}
