// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func q(s string) {
	println("[" + s + "]")
}

func main() {
	q(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	q(strings.TrimSpace("\u00a0\u2003x\u3000"))
	q(strings.TrimSpace("   "))
	q(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	q(strings.Trim("xxhixx", ""))
	q(strings.Trim("", "x"))
	q(strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	q(strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	q(strings.TrimLeft("aaa", "a"))
	q(strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "))
	q(strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, "))
	q(strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!"))
	q(strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!"))
	q(strings.TrimRight("a\xff\xff", "\uFFFD"))
	q(strings.Trim("abcba", "ab"))
}
