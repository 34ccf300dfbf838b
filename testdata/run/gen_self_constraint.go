// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

func Min[T Lesser[T]](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Ver struct{ Major, Minor int }

func (a Ver) Less(b Ver) bool {
	return a.Major < b.Major || a.Major == b.Major && a.Minor < b.Minor
}

func main() {
	fmt.Println(Min([]Ver{{1, 5}, {1, 2}, {2, 0}}))
}
