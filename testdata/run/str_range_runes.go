// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// range over a string decodes UTF-8; invalid bytes give U+FFFD one byte at a time.

func main() {
	for i, r := range "aé世😀" {
		println(i, r)
	}
	for i, r := range "a\xffb\xe4\xb8c\xc0\x80" {
		println(i, r, r == 0xFFFD)
	}
	n := 0
	for range "héllo" {
		n++
	}
	println(n, len("héllo"))
	for i := range "ab" {
		println("index", i)
	}
	s := "\xed\xa0\x80x"
	for i, r := range s {
		println("surrogate bytes", i, r)
	}
}
