// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const doc = `line one
	line two
"quoted" and \back\slash`

func main() {
	println(doc)
	println(len(doc))
	lines := 0
	for i := 0; i < len(doc); i++ {
		if doc[i] == '\n' {
			lines++
		}
	}
	println("newlines:", lines)
	println("a\x00b", len("a\x00b"))
}
