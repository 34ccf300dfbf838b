// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"Ärger über Öl", "ŁÓDŹ żółć", "Ελληνικά ΣΟΦΙΑ", "Привет МИР", "ÿ ß Ÿ", "ĳ Ĳ ŉ", "mIxEd 123"} {
		fmt.Println(strings.ToUpper(s), "|", strings.ToLower(s), "|", strings.Title(strings.ToLower(s)))
	}
	for _, r := range []rune{'ä', 'Ä', 'ł', 'Ł', 'σ', 'ς', 'Σ', 'ж', 'Ж', 'ё', 'Ё', 'ÿ', 'Ÿ', 'ı', 'İ', 'µ'} {
		fmt.Printf("%c:%c%c%c %t%t ", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.IsUpper(r), unicode.IsLower(r))
	}
	fmt.Println()
	fmt.Println(strings.EqualFold("ŁÓDŹ", "łódź"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("ß", "SS"))
	fmt.Println(strings.Map(unicode.ToUpper, "groß"), strings.IndexFunc("abcΔ", unicode.IsUpper), strings.ToUpper("ǅ") != "")
}
