// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

func main() {
	s := "e\u0301 é 🇫🇷 ﬁ"
	println(len(s), len([]rune(s)))
	total := 0
	for _, r := range s {
		total += runeLen(r)
	}
	println(total == len(s))
	for i, r := range "€😀" {
		println(i, r, runeLen(r), string(r))
	}
	b := []byte("😀")
	println(b[0], b[1], b[2], b[3])
	println(string(b[:2]) == "\xf0\x9f", []rune(string(b[:2]))[0])
}
