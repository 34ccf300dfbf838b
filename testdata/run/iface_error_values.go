// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
}

func (p ParseError) Error() string { return "parse error" }

func find(k int) (int, error) {
	if k < 0 {
		return 0, ParseError{k}
	}
	if k > 10 {
		return 0, ErrNotFound
	}
	return k * 2, nil
}

func main() {
	for _, k := range []int{3, 11, -1} {
		v, err := find(k)
		if err == ErrNotFound {
			println(k, "missing")
		} else if pe, ok := err.(ParseError); ok {
			println(k, pe.Error(), pe.Line)
		} else {
			println(k, v)
		}
	}
	w := errors.New("wrapped")
	println(errors.Is(w, w), errors.Is(w, ErrNotFound), w.Error())
}
