// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "ababcabcdabcde"
	for _, sub := range []string{"", "a", "abc", "abcde", "abcdef", "e", "x", s} {
		fmt.Println(sub, strings.Index(s, sub), strings.LastIndex(s, sub), strings.Count(s, sub), strings.Contains(s, sub))
	}
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexByte("", 'a'))
	fmt.Println(strings.Fields(""), len(strings.Fields("   ")), strings.Split("a", "a"), len(strings.Split("a", "a")))
	fmt.Printf("%q %q\n", strings.SplitN("a b c", " ", 0), strings.SplitN("a b c", " ", -1))
	fmt.Println(strings.Repeat("", 5) == "", strings.Repeat("-", 0) == "", strings.ToUpper("ÿ"), strings.ToLower("İ"))
	fmt.Println(strings.TrimLeft("aabbcc", "ab"), strings.TrimRight("aabbcc", "bc"), strings.Trim("", "x"), strings.TrimSpace(""))
	fmt.Println(strings.EqualFold("", ""), strings.EqualFold("a", ""), strings.EqualFold("Straße", "STRASSE"))
}
