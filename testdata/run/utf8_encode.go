// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unicode/utf8"

func enc(r rune) {
	b := make([]byte, 4)
	n := utf8.EncodeRune(b, r)
	print(r, " -> ", n, ":")
	for i := 0; i < n; i++ {
		print(" ", b[i])
	}
	println()
}

func main() {
	enc('a')
	enc('é')
	enc('世')
	enc('😀')
	enc(-5)
	enc(0xD800)
	enc(0x110000)
	b := utf8.AppendRune(nil, '界')
	b = utf8.AppendRune(b, 'x')
	println(string(b), len(b))
	small := make([]byte, 1)
	utf8.EncodeRune(small, '世')
}
