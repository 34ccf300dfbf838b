// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Bad[P any] P // ERROR "cannot use a type parameter as RHS in type declaration"

type Wrap[T any] struct {
	T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func main() {
	var v Vec[string] // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	var w Vec[int, int] // ERROR "too many type arguments for type Vec: have 2, want 1"
	var x Wrap[int]
	_, _, _ = v, w, x
}
