// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

type sliceErr []string

func (s sliceErr) Error() string { return s[0] }

func main() {
	var e error = sliceErr{"x"}
	println(errors.Is(e, e))
	println(errors.Is(errors.New("y"), e))
	println(errors.Is(e, errors.New("y")))
}
