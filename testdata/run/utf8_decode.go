// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unicode/utf8"

func dec(s string) {
	r, n := utf8.DecodeRuneInString(s)
	lr, ln := utf8.DecodeLastRuneInString(s)
	println(len(s), r, n, lr, ln)
}

func main() {
	dec("")
	dec("a")
	dec("é")
	dec("€uro")
	dec("😀!")
	dec("\xff")
	dec("\xe2\x82")
	dec("\xed\xa0\x80")
	dec("\xf4\x90\x80\x80")
	dec("\xc0\xaf")
	dec("x\x80")
	dec("ab\xe4\xb8\x96")
	r, n := utf8.DecodeRune([]byte("世界"))
	println(r, n)
	r, n = utf8.DecodeLastRune([]byte("世界"))
	println(r, n)
	for i, c := range "a\xffé\xe2\x82x" {
		print(i, ":", c, " ")
	}
	println()
}
