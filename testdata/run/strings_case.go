// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	println(strings.ToUpper("Gopher"), strings.ToLower("Gopher"))
	println(strings.ToUpper("héllo wörld ÿ µ ß"), strings.ToLower("ÀÉÎÕÜ Ÿ"))
	println(strings.ToUpper("αβγ ω ς"), strings.ToLower("ΑΒΓ Ω ΆΈ"))
	println(strings.ToUpper("привет"), strings.ToLower("МИР Ё"))
	println(strings.ToUpper("ąćęłńśźż"), strings.ToLower("ĄĆĘŁŃŚŹŻ ĲŒ"))
	println(strings.ToUpper("a\xffb"), len(strings.ToUpper("a\xffb")), strings.ToLower("A\uFFFDB"))
	s := "already upper"
	println(strings.ToLower(s) == s, strings.ToUpper("123 !?"))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Gopher"), strings.EqualFold("Straße", "STRASSE"))
	println(strings.EqualFold("héllo", "HÉLLO"), strings.EqualFold("", ""), strings.EqualFold("ΑΒΓ", "αβγ"), strings.EqualFold("a", ""))
}
