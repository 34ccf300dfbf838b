// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, s := range []string{"hello", "héllo, 世界", "", "a", "😀x😀"} {
		println(s, "|", reverse(s), "|", len(s), utf8.RuneCountInString(s), strings.Count(s, "")-1)
	}
	s := "naïve café"
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		print(string(r), "/", n, " ")
		s = s[n:]
	}
	println()
	var b []byte
	for _, r := range []rune{'G', 'ö', '世', '🚀', 0xD800, -1} {
		b = utf8.AppendRune(b, r)
	}
	println(string(b), len(b), utf8.Valid(b))
}
