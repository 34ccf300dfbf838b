// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// len of constant strings is a constant: it counts bytes.

const hello = "héllo"
const empty = ""
const n = len(hello)

var arr [n]int8

func main() {
	println(len("abc"), len(hello), len(empty), n)
	println(len("世界"), len("\xff\x00"), len("\U0001F600"), len(`\n`))
	const twice = n * 2
	println(twice, len(arr))
	var s = hello
	println(s, len(s))
	var e string
	println(len(e), e == "")
	const u8 = uint8(len("abcdefghij") * 25)
	println(u8)
}
