// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func main() {
	println(strconv.Quote("hello"), strconv.Quote("tab\there"), strconv.Quote("quote\"back\\slash"), strconv.Quote("nl\nbell\a\x00\x7f"))
	println(strconv.Quote("héllo 世界 ☺"), strconv.Quote("bad\xff\xfe"), strconv.Quote("\u200b\u2028\ufeff\u00ad"), strconv.Quote(""))
	println(strconv.QuoteToASCII("héllo 世界 ☺"), strconv.QuoteToASCII("\U0001F600"), strconv.Quote("\U0001F600"))
	println(strconv.QuoteRune('a'), strconv.QuoteRune('\''), strconv.QuoteRune('"'), strconv.QuoteRune('\n'), strconv.QuoteRune('☺'), strconv.QuoteRune(0x110000), strconv.QuoteRuneToASCII('☺'))
	println(strconv.Quote("\x1b[0m"), strconv.Quote("\u0085\u00a0"), strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsPrint(0xad))
}
