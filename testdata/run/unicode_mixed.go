// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"strings"
	"unicode"
)

func main() {
	s := "Hello, Wörld! 123 ÀÉ ñ ¿Qué? µ"
	var up, lo, dig, sp, pun, let int
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		}
		if unicode.IsLower(r) {
			lo++
		}
		if unicode.IsDigit(r) {
			dig++
		}
		if unicode.IsSpace(r) {
			sp++
		}
		if unicode.IsPunct(r) {
			pun++
		}
		if unicode.IsLetter(r) {
			let++
		}
	}
	println(up, lo, dig, sp, pun, let)
	swap := func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}
	println(strings.Map(swap, s))
	println(strings.ToUpper(s), strings.ToLower(s))
}
