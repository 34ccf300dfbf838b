// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	fmt.Printf("%#x %#X %#o %#b %#O\n", 255, 255, 8, 5, 8)
	fmt.Printf("%#x %#x\n", -255, uint8(7))
	fmt.Printf("%#10x|%#-10x|%#010x\n", 255, 255, 255)
	fmt.Printf("%#q %#q %#q\n", "plain", "has\"quote", "back\x60tick")
	fmt.Printf("%#q %#q\n", "line\nbreak", 'x')
	fmt.Printf("%#U %#U %#U\n", 'A', 0x1F600, 0x7)
	fmt.Printf("%#g %#g %#.3g %#e %#f %#.0f\n", 1.0, 123456.0, 2.0, 1.5, 2.0, 3.0)
	fmt.Printf("%#x %#X\n", "hello", []byte{1, 171})
	fmt.Printf("%# x|% X|% x\n", "abc", []byte{1, 2}, "")
	fmt.Printf("%x %X %#x\n", []int{10, 255}, [2]uint8{10, 11}, []int{16})
	fmt.Printf("%#v %#x %#o\n", 0x1f, 0x1f, 0x1f)
	fmt.Printf("%+q %+q %q\n", "héllo ☺", '☺', "\x00\xff")
	fmt.Printf("%x %X %b\n", 1.0, -3.75, 2.0)
	fmt.Printf("%x %.3x %#x\n", float32(0.1), 1.0/3, 100.0)
}
