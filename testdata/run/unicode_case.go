// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unicode"

func main() {
	rs := []rune{'a', 'Z', '1', 'é', 'É', 'ß', 'ÿ', 'Ÿ', 'µ', 'ı', 'İ', 'ſ', 'ĳ', 'Ĳ', 'ł', 'Ł', 'ž', 'Ž', 'ŉ', 'ĸ', 'α', 'Ω', 'ς', 'ά', 'Ά', 'ώ', 'Ώ', 'ж', 'Ж', 'ё', 'Ё', '世', -1, 0x10FFFF}
	for _, r := range rs {
		println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.IsUpper(r), unicode.IsLower(r))
	}
	println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}
