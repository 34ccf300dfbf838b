// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type R rune

func main() {
	x := 65
	println(string(rune(x)))
	var b byte = 'z'
	println(string(b), string(rune(0x4e16)))
	var r R = 'é'
	println(string(r))
	println(string(rune(-1)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	var u uint64 = 0x41
	println(string(rune(u)))
	var i32 int32 = 0x1F600
	println(len(string(i32)))
}
