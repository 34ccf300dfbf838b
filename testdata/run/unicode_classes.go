// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unicode"

func main() {
	rs := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '_', '$', '+', 'é', 'É', 'ß', 'ÿ', 0xA0, 0x85, 0xAA, 0xB5, 0xD7, 0xF7, '½', '²', '¿', '«', 'ω', 'Ж', '世', 0x2003, 0x3000, '٣', 0x7F, 0x9F, 0xAD, '€', '→'}
	for _, r := range rs {
		print(r, " ")
		print(unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r))
		println(unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r))
	}
}
