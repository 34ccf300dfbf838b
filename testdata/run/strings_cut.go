// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func show(s, sep string) {
	before, after, found := strings.Cut(s, sep)
	println("Cut(\""+s+"\", \""+sep+"\") = \""+before+"\", \""+after+"\",", found)
}

func main() {
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	show("k=v=w", "=")
	show("", "")
	a, ok := strings.CutPrefix("prefix.rest", "prefix.")
	println(a, ok)
	a, ok = strings.CutPrefix("other", "prefix.")
	println(a, ok)
	a, ok = strings.CutSuffix("file.go", ".go")
	println(a, ok)
	a, ok = strings.CutSuffix("file.rs", ".go")
	println(a, ok)
}
