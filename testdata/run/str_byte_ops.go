// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const hexdigits = "0123456789abcdef"

func hex(b []byte) string {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, hexdigits[c>>4], hexdigits[c&15])
	}
	return string(out)
}

func caesar(s string, k byte) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case 'a' <= c && c <= 'z':
			b[i] = 'a' + (c-'a'+k)%26
		case 'A' <= c && c <= 'Z':
			b[i] = 'A' + (c-'A'+k)%26
		}
	}
	return string(b)
}

func main() {
	println(hex([]byte("Go\x00\xff")), hex(nil) == "")
	println(caesar("Hello, World!", 13), caesar(caesar("Round Trip", 13), 13))
	var sum byte
	for i := range len("checksum") {
		sum += "checksum"[i]
	}
	println(sum)
}
