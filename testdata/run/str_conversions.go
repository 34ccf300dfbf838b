// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	println(len(b), len(r), b[1], r[1])
	b[0] = 'H'
	println(string(b), s)
	r[1] = 'e'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	bs := []byte{0xe4, 0xb8, 0x96, 0x21}
	println(string(bs), len(string(bs)))
	rs := []rune{0x1F600, 'a', 0xD800}
	out := string(rs)
	println(len(out), out[4:5])
	var nb []byte
	println(string(nb) == "", len([]rune("")))
	bytesOfRunes := []byte(string([]rune{'é'}))
	println(bytesOfRunes[0], bytesOfRunes[1])
}
