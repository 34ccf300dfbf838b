// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Strings built inside the module; only their lengths and bytes cross the boundary.

var text string

//go:wasmexport append_digit
func appendDigit(d int32) int32 {
	text += string(rune('0' + d%10))
	return int32(len(text))
}

//go:wasmexport append_rune
func appendRune(r int32) int32 {
	text += string(rune(r))
	return int32(len(text))
}

//go:wasmexport byte_at
func byteAt(i int32) uint32 { return uint32(text[i]) }

//go:wasmexport rune_count
func runeCount() int32 {
	n := int32(0)
	for range text {
		n++
	}
	return n
}

//go:wasmexport show
func show() { println("text:", text) }

func main() {}
