// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type R rune
type B byte
type Str string

func main() {
	for _, x := range []int{65, 0x263A, 0x10FFFF, 0x110000, -1, 0xD800, 0} {
		s := string(rune(x))
		println(len(s), s == "\uFFFD", []byte(s)[0])
	}
	var i64 int64 = 1 << 40
	var u64 uint64 = 1<<64 - 1
	var u8 uint8 = 200
	var i8 int8 = -5
	var u32 uint32 = 0x1F600
	println(string(rune(i64)) == "\uFFFD", string(rune(u64)) == "\uFFFD", string(rune(u8)), string(rune(i8)) == "\uFFFD", string(rune(u32)))
	println(string(R(0x4E16)), string(B(66)), Str(rune(67)), string(rune(B(0xE9))))
	// string(x) of an integer (go vet's stringintconv, not a compile error): the rune x,
	// or U+FFFD when x is no valid rune, judged on the whole 64-bit value.
	println(string(i64) == "\uFFFD", string(u64) == "\uFFFD", string(u8), string(i8) == "\uFFFD", string(u32))
	var big uint32 = 0xFFFFFFFF
	println(string(big) == "\uFFFD", string(rune(big)) == "\uFFFD")
	var u uintptr = 72
	println(string(rune(u)))
	bs := []byte{}
	for r := 'a'; r < 'e'; r++ {
		bs = append(bs, string(r)...)
	}
	println(string(bs))
}
