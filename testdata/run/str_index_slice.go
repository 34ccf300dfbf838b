// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := "héllo, world"
	println(len(s), s[0], s[1], s[2], s[len(s)-1])
	println(s[:5], s[7:], s[3:5], s[:], s[len(s):] == "")
	t := s[7:12]
	println(t, len(t), t[0] == 'w')
	b := s[1]
	println(b, string(b), string(rune(b)))
	var empty string
	println(len(empty), empty == "", empty[0:0] == "")
	const c = "const"
	println(c[1], c[1:3], len(c[2:]))
}
