// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%b %o %O %x %X %d\n", -5, -8, -8, -255, -255, -0)
	fmt.Printf("%d %d %d %d\n", int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64))
	fmt.Printf("%d %x %X %o %b\n", uint64(math.MaxUint64), uint64(math.MaxUint64), uint32(math.MaxUint32), uint16(math.MaxUint16), uint8(math.MaxUint8))
	fmt.Printf("%x %X %#b %#o\n", math.MinInt64, math.MaxInt64, -1, -1)
	fmt.Printf("%d|%5d|%-5d|%05d\n", []int{1, 2}, []int{3}, []int8{-4}, []uint{5})
	fmt.Printf("%x|%X|%o|%b\n", []int{10, 11}, []int{255}, [2]int{8, 9}, []uint8{1, 2})
	fmt.Printf("%v %v %v\n", []uint8{1, 2}, [3]byte{4, 5, 6}, []int32{-1})
	fmt.Printf("%c %q %U\n", []rune{'a', 'b'}, []int32{'x'}, []rune{'é'})
	fmt.Printf("%08.3d|%+.4x|% x|%+x|% X\n", 5, 255, 255, -255, -10)
	fmt.Printf("%.0x|%.0o|%5.0d|\n", 0, 0, 0)
	fmt.Printf("%x %o %b\n", uint8(200), int8(-1), uint16(65535))
	fmt.Printf("%d %d\n", uintptr(12), int(-1)<<63)
	fmt.Printf("%v %v %v %v\n", math.MaxInt64, math.MinInt64, uint32(1<<31), int16(-32768))
	type Small int8
	fmt.Printf("%v %d %x %T\n", Small(-1), Small(-128), Small(127), Small(0))
	fmt.Printf("%6.2d|%-6.2x|\n", -3, 10)
	fmt.Printf("%#8x|%#-8o|%#08b|\n", 255, 8, 5)
}
