// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("", ""), strings.Index("abc", ""))
	println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""))
	println(strings.IndexByte("golang", 'l'), strings.IndexByte("golang", 'x'), strings.LastIndexByte("golang", 'g'))
	println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("héllo", 'l'))
	println(strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexRune("abc", -1), strings.IndexRune("ab\uFFFD", 0xFFFD))
	println(strings.IndexAny("golang", "y"), strings.IndexAny("golang", "ny"), strings.IndexAny("golang", ""), strings.IndexAny("héllo", "lé"))
	println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", "rodent"), strings.LastIndexAny("go gopher", "ordent"))
	println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("seafood", ""), strings.Contains("", ""))
	println(strings.ContainsAny("team", "i"), strings.ContainsAny("fail", "ui"), strings.ContainsAny("failure", ""), strings.ContainsAny("", ""))
	println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 97))
	println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""))
	println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", ""))
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héllo", ""), strings.Count("aaaa", "aa"))
	println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"))
}
