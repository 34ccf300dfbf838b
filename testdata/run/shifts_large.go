// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Shift counts at or beyond the width: left shifts and unsigned right shifts give 0,
// signed right shifts of negative values give -1.

func main() {
	var s uint = 8
	var i8 int8 = -100
	var u8 uint8 = 200
	println(i8>>s, i8<<s, u8>>s, u8<<s, i8>>(s-1), u8<<(s-1))
	s = 16
	var i16 int16 = -300
	var u16 uint16 = 40000
	println(i16>>s, i16<<s, u16>>s, u16<<s, i16>>(s-4))
	s = 32
	var i32 int32 = -5
	var u32 uint32 = 4000000000
	println(i32>>s, i32<<s, u32>>s, u32<<s, i32<<(s-1), u32>>(s-1))
	s = 64
	var i64 int64 = -7
	var u64 uint64 = 1<<64 - 1
	println(i64>>s, i64<<s, u64>>s, u64<<s, i64>>(s-1), u64>>(s-1))
	s = 1000
	var pos int64 = 12345
	println(pos>>s, pos<<s, i64>>s)
	s = 1<<64 - 1
	println(i32>>s, u32>>s, i8<<s)
	var x int = 1
	println(x<<63, x<<63>>63, x<<62>>62)
}
