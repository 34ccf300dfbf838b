// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"strings"
	"unicode"
)

func show(a []string) {
	print(len(a), " nil=", a == nil, " [")
	for i, s := range a {
		if i > 0 {
			print(" ")
		}
		print("\"", s, "\"")
	}
	println("]")
}

func main() {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	println(strings.TrimFunc("¡¡¡Hello, Gophers!!!", notLetter))
	println(strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter), strings.IndexFunc("abc", unicode.IsDigit))
	println(strings.ContainsFunc("hello", unicode.IsUpper), strings.ContainsFunc("heLlo", unicode.IsUpper))
	show(strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	show(strings.FieldsFunc(";;;", notLetter))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	println(strings.Map(dropVowels, "programming language"), strings.Map(unicode.ToUpper, "straße"))
	upper := strings.ToUpper
	println(upper("func value"))
}
