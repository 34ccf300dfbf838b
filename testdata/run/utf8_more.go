// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, utf8.MaxRune + 1} {
		fmt.Print(utf8.RuneLen(r), " ", utf8.ValidRune(r), "; ")
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r == utf8.RuneError, size, utf8.FullRuneInString("\xe4\xb8"), utf8.FullRune([]byte("a")))
	b := utf8.AppendRune(nil, '世')
	b = utf8.AppendRune(b, 0xD800)
	fmt.Println(b, utf8.RuneCount(b), utf8.Valid(b))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneStart(buf[1]), utf8.UTFMax, utf8.RuneSelf)
	for i, w := 0, 0; i < len(s); i += w {
		rv, width := utf8.DecodeRuneInString(s[i:])
		w = width
		fmt.Printf("%d:%c ", i, rv)
	}
	fmt.Println()
	invalid := "a\xc0\x80b\xed\xa0\x80c"
	for i, r := range invalid {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.RuneCountInString(invalid))
}
