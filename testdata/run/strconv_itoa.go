// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func main() {
	println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(9223372036854775807), strconv.Itoa(-9223372036854775808))
	println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 8), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatInt(35, 36))
	println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(18446744073709551615, 16), strconv.FormatUint(0, 2))
	b := []byte("n=")
	b = strconv.AppendInt(b, -7, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 7, 2)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	println(string(b))
	println(strconv.FormatBool(false), strconv.IntSize)
}
