// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("abc")
	var ne *strconv.NumError
	println(errors.As(err, &ne))
	println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("999", 10, 8)
	println(err.Error(), errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseFloat("1e999", 64)
	println(err.Error())
	_, err = strconv.ParseBool("yes")
	println(err.Error())
	_, err = strconv.Atoi("\"quoted\"\n")
	println(err.Error())
	e := &strconv.NumError{Func: "Custom", Num: "x", Err: errors.New("bad")}
	println(e.Error())
}
