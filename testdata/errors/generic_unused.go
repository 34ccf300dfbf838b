// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"strings"
	"unicode"
)

func Upper[S ~string](s S) S {
	return S(strings.ToUpper(string(s)))
}

func Count[T comparable](xs []T, v T) int {
	n := 0
	unused := 1 // ERROR "declared and not used: unused"
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T {
	var extra T // ERROR "declared and not used: extra"
	return b.v
}

func IsLetter[R ~rune](r R) bool { return unicode.IsLetter(rune(r)) }

func main() {
}
