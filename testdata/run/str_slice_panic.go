// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func sub(s string, i, j int) string { return s[i:j] }

func main() {
	println(sub("hello", 1, 3))
	println(sub("hello", 3, 2))
}
