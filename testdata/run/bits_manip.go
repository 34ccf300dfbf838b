// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for range 8 {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func rotl32(x uint32, k uint) uint32 { return x<<(k&31) | x>>((32-k)&31) }

func main() {
	println(popcount(0), popcount(255), popcount(1<<64-1), popcount(0xdeadbeef))
	println(reverse8(1), reverse8(0b1011_0000), reverse8(255))
	println(rotl32(1, 31), rotl32(0x80000001, 1), rotl32(0x12345678, 0), rotl32(0x12345678, 16))
	var flags uint16
	const (
		Read = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	println(flags&Write != 0, flags&Exec != 0, flags)
	flags &^= Exec
	println(flags)
	x := int32(-1)
	println(uint32(x)>>28, x>>28, uint8(x>>3))
}
