// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type Age int

func (a Age) String() string { return strconv.Itoa(int(a)) + " years" }

func Describe[T StringableInt](xs []T) (total int, names []string) {
	for _, x := range xs {
		total += int(x)
		names = append(names, x.String())
	}
	return
}

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func main() {
	t, n := Describe([]Age{3, 4})
	fmt.Println(t, n)
	fmt.Println(Join([]Age{1, 2}, ", "))
}
