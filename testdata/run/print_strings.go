// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// String constants: escapes, Unicode, raw strings; print adds no spaces or newline.

const greeting = "héllo, 世界"
const raw = `raw \n stays \t as is`

func main() {
	println("plain", "two words", "")
	println("tab\there", "quote\"s", "back\\slash")
	println(greeting, raw)
	println("\x41\102\u0043\U00000044", "\xe2\x82\xac")
	print("no", "spaces", "\n")
	print("a", 1, "b", true, "c", 2.5, "\n")
	println()
	println("")
	var s = "variable"
	var t string = greeting
	println(s, t, len(t))
	print("x")
	print("y\n")
	println("end")
}
