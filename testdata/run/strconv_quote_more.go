// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "plain", "tab\t", "nl\n", "q\"q", "back\\", "\x00\x07\x1b", "é日本", "\u200b", "\xff", "\U000e0001", "'"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', 0xFFFD, 0x10FFFF} {
		fmt.Print(strconv.QuoteRune(r), " ", strconv.QuoteRuneToASCII(r), " | ")
	}
	fmt.Println()
	for _, q := range []string{"\"abc\"", "'a'", "\x60x\x60", "\"\\u263a\"", "\"bad", "\"\\q\"", "'ab'", "\"\\x41\\101\""} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
}
