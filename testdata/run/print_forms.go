// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	print("a", 1, true, "\n")
	println("a", 1, true)
	println()
	print()
	var u8 uint8 = 200
	var i16 int16 = -300
	var r rune = 'x'
	var by byte = 'A'
	println(u8, i16, r, by)
	println("tab\there", "quote\"", "unicode ✓")
	var t, f bool = true, false
	println(t && f, t || f, !t)
	print(1.5, "\n")
}
