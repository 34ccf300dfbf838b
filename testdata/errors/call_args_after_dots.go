// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func join(sep string, parts ...string) string { return sep }

func main() {
	names := []string{"a"}
	println(join(", ", names..., "x")) // ERROR "syntax error: unexpected literal \x22x\x22, expected \)"
	println(join(", ", names...,))
}
