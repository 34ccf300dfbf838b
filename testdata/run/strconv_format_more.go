// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(math.MinInt64, 2), strconv.FormatUint(math.MaxUint64, 36))
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.Itoa(0), strconv.FormatInt(35, 36))
	b := strconv.AppendInt([]byte("n="), -42, 10)
	b = strconv.AppendQuote(append(b, ' '), "q\"")
	b = strconv.AppendBool(append(b, ' '), true)
	b = strconv.AppendFloat(append(b, ' '), 1.25, 'f', 1, 64)
	b = strconv.AppendQuoteRune(append(b, ' '), 'é')
	b = strconv.AppendUint(append(b, ' '), 77, 8)
	fmt.Println(string(b))
	fmt.Println(strconv.Quote("héllo\n☺\x00"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.FormatBool(false), strconv.QuoteToGraphic("\u00a0x"), strconv.CanBackquote("a\x60b"), strconv.IsPrint('\u00ad'))
	for _, f := range []float64{0, -0.0, 1, 0.1, 123456789, 1e21, 1e-7, math.Inf(-1), math.NaN(), 5e-324} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'E', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64), strconv.FormatFloat(8, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	s, err := strconv.Unquote("\"a\\tb\\u00e9\"")
	fmt.Println(s, err)
	s, err = strconv.Unquote("\x60raw\\n\x60")
	fmt.Println(s, err)
	r, mb, tail, err := strconv.UnquoteChar("\\x41rest", '"')
	fmt.Println(r, mb, tail, err)
}
