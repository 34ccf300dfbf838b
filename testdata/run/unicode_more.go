// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\u00a0', '!', 'é', 'Ω', 'ж', '_', '\u0085', '½', '€', '\x00'} {
		fmt.Printf("%q L%t U%t l%t D%t N%t S%t P%t G%t C%t Sym%t\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsSymbol(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ö')), string(unicode.ToUpper('ÿ')), string(unicode.ToLower('Σ')))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.IsPrint(' '), unicode.IsPrint('\u00a0'))
}
