// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 255, 1 << 40, 1<<64 - 1, 0x8000000000000001} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.RotateLeft64(x, 3), bits.RotateLeft64(x, -1), bits.Reverse64(x), bits.ReverseBytes64(x))
	}
	for _, x := range []uint32{0, 1, 0xF0F0, 1<<32 - 1} {
		fmt.Printf("%d %d %d %d %d %#x %#x\n", x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x), bits.Reverse32(x), bits.RotateLeft32(x, 8))
	}
	fmt.Println(bits.Len8(0), bits.Len16(300), bits.OnesCount8(0xAA), bits.Reverse8(1), bits.Reverse16(1), bits.ReverseBytes16(0x1234), bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	fmt.Println(bits.UintSize, bits.LeadingZeros(1), bits.TrailingZeros(8), bits.OnesCount(7), bits.Len(1023), bits.RotateLeft(1, 63), bits.Reverse(1) == 1<<63, bits.ReverseBytes(1) == 1<<56)
}
