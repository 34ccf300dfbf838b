// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unicode/utf8"

func main() {
	println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.RuneLen(0x110000))
	println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneCountInString(""), utf8.RuneCountInString("\xff\xfe"), utf8.RuneCount([]byte("ab€")))
	println(utf8.ValidString("héllo"), utf8.ValidString("a\xffb"), utf8.ValidString("\xed\xa0\x80"), utf8.ValidString("\xc0\x80"), utf8.Valid([]byte("ok")))
	println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.ValidRune(-1), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0x110000))
	println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xE4))
	println(utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("\xe4\xb8\x96"), utf8.FullRuneInString("\xff"), utf8.FullRune([]byte{}))
}
