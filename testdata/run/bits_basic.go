// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math/bits"

func main() {
	for _, x := range []uint64{0, 1, 2, 255, 256, 1 << 63, 0xdeadbeef, ^uint64(0)} {
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.RotateLeft64(x, 8), bits.RotateLeft64(x, -8), bits.Reverse64(x), bits.ReverseBytes64(x))
	}
	println(bits.LeadingZeros32(1), bits.LeadingZeros16(1), bits.LeadingZeros8(1), bits.TrailingZeros32(0), bits.TrailingZeros16(0), bits.TrailingZeros8(0), bits.TrailingZeros(0))
	println(bits.OnesCount8(0xff), bits.OnesCount16(0xf0f0), bits.OnesCount32(0xffffffff), bits.Len8(0), bits.Len16(0x8000), bits.Len32(5))
	println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(1, 33), bits.Reverse8(0x0f), bits.Reverse16(1), bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678))
	s, c := bits.Add64(^uint64(0), 1, 0)
	println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	println(d, b)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	println(hi, lo, bits.UintSize)
}
