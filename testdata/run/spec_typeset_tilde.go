// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type MyInt int
type MyString string

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

func Sum[T Integer](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Concat[S ~string](xs ...S) S {
	var s S
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum[MyInt](1, 2, 3), Sum[int8](100, 27))
	fmt.Printf("%T %v\n", Sum(MyInt(4), 5), Sum(MyInt(4), 5))
	fmt.Println(Concat[MyString]("a", "b"), Concat("x", "y", "z"))
}
