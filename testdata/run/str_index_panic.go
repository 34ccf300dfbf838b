// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func at(s string, i int) byte { return s[i] }

func main() {
	println(at("abc", 2))
	println(at("abc", 3))
}
