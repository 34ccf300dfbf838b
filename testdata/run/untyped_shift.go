// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// In a non-constant shift, an untyped constant operand takes the type it would have
// without the shift: the context's type.

func main() {
	var s uint = 33
	var i = 1 << s
	var j int32 = 1 << s
	var k = uint64(1 << s)
	var m int64 = 1<<s + 1
	var n uint8 = 255 >> (s - 30)
	println(i, j, k, m, n)
	var t uint = 3
	var u8 uint8 = 1 << (t + 5)
	var u16 = uint16(1) << (t * 5)
	println(u8, u16)
	x := 3
	println(x<<t, -x>>1, -1>>t)
	const c = 1 << 10 >> 3
	println(c)
}
