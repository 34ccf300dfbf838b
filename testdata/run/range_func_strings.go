// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// The strings package's iterators: Lines, SplitSeq, SplitAfterSeq, FieldsSeq and
// FieldsFuncSeq, with early exits.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func main() {
	text := "first line\nsecond line\n\nlast without newline"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for line := range strings.Lines("") {
		fmt.Println("never", line)
	}
	fmt.Println(slices.Collect(strings.SplitSeq("a,b,,c", ",")))
	fmt.Println(slices.Collect(strings.SplitSeq("héllo", "")))
	fmt.Println(slices.Collect(strings.SplitAfterSeq("a,b,c", ",")))
	fmt.Printf("%q\n", slices.Collect(strings.SplitSeq("", ",")))
	for f := range strings.FieldsSeq("  alpha\tbeta\u00a0gamma \n delta  ") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	for f := range strings.FieldsFuncSeq("one1two22three;;four", notLetter) {
		if f == "four" {
			break
		}
		fmt.Println("field", f)
	}
	n := 0
	for part := range strings.SplitSeq("x-y-z-w", "-") {
		n++
		if part == "z" {
			break
		}
	}
	fmt.Println("parts seen", n)
	fmt.Println(strings.Fields(" a b "), slices.Collect(strings.FieldsSeq(" a b ")))
}
