// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("hi", ""), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexByte("abca", 'a'), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  a\tb\n c\u00a0d  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.TrimRight("hi!!", "!"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("loud"), strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("ab", "", "-", -1), strings.ReplaceAll("aaa", "a", "b"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("body.go", ".rs")
	fmt.Println(s, ok)
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("abc", "bc"), strings.Index("abc", ""), strings.ContainsFunc("ab1", unicode.IsDigit))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("\t x y \n"), strings.Trim("--a-b--", "-"))
	fmt.Println(strings.Join([]string{}, ","), strings.Join([]string{"a"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Println(strings.LastIndexFunc("ab12", unicode.IsLetter), strings.ToValidUTF8("a\xffb", "?"), strings.Clone("c"))
}
