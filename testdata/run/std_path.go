// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"a/c", "a//c", "a/c/.", "a/c/b/..", "/../a/c", "/../a/b/../././/c", "", "/"} {
		fmt.Printf("%q ", path.Clean(p))
	}
	fmt.Println()
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/a/b.go"), path.Ext("/a/b.tar.gz"), path.IsAbs("/x"))
	fmt.Println(path.Split("static/myfile.css"))
	fmt.Println(path.Dir("/a/b/c"), path.Dir(""), path.Base(""), path.Base("///"))
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "[^x]y", "a/*/c", "[", "\\*"} {
		ok, err := path.Match(pat, "abc")
		fmt.Println(pat, ok, err)
	}
	ok, _ := path.Match("a/*/c", "a/b/c")
	fmt.Println(ok)
}
