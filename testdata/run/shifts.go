// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var x int32 = -8
	var s uint = 1
	println(x>>s, x<<s, x>>31, x>>40)
	var u uint8 = 0x81
	println(u<<1, u>>7, u<<8)
	var y int64 = 1
	for i := uint(60); i < 66; i++ {
		println(y<<i, -y>>i)
	}
	const big = 1 << 100 >> 98
	println(big)
	println(uint64(1)<<63, ^uint32(0), 7&^5)
}
