// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Rune and byte constants are numbers.

func main() {
	println('a', 'A', '0', ' ', '\t', '\'', '\\')
	println('é', '世', '\u00e9', '\U0001F600', '\x7f', '\377')
	var r rune = 'z'
	r -= 25
	var b byte = 'a'
	b -= 'a' - 'A'
	println(r, b)
	const diff = 'z' - 'a'
	println(diff, 'a'+1, 'a'*2)
	var r2 = '世' + 1
	println(r2, r2 > 'z')
	var up = 'q' - ('a' - 'A')
	println(up)
}
