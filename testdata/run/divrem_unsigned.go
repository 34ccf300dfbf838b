// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func du8(a, b uint8) (uint8, uint8)     { return a / b, a % b }
func du16(a, b uint16) (uint16, uint16) { return a / b, a % b }
func du32(a, b uint32) (uint32, uint32) { return a / b, a % b }
func du64(a, b uint64) (uint64, uint64) { return a / b, a % b }

func main() {
	println(du8(255, 16))
	println(du8(200, 201))
	println(du16(65535, 256))
	println(du32(4294967295, 10))
	println(du32(4294967295, 4294967294))
	println(du64(18446744073709551615, 10))
	println(du64(18446744073709551615, 1<<63))
	var m int32 = -7
	println(uint32(m)/2, uint32(m)%2)
	var n int64 = -1
	println(uint64(n)/3, uint64(n)%1000)
	var p uintptr = 100
	println(p/7, p%7)
}
