// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	s := []rune("héllo, 世界 😀𝄞")
	enc := utf16.Encode(s)
	fmt.Println(len(s), len(enc), enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.IsSurrogate(r1), utf16.IsSurrogate('a'), utf16.RuneLen('a'), utf16.RuneLen('😀'), utf16.RuneLen(0xd800))
	fmt.Println(utf16.AppendRune(nil, 0x10437), utf16.DecodeRune('a', 'b') == 0xfffd)
	fmt.Println(utf16.Decode([]uint16{0xd800, 'x', 0xdc00}))
}
