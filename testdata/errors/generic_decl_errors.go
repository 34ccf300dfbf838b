// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Bad[P any] P // ERROR "cannot use a type parameter as RHS in type declaration"

type Wrap[T any] struct {
	T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
}

type Two[A, B any] struct{}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func main() {
	var v Vec[string] // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	var w Vec[int, int] // ERROR "too many type arguments for type Vec: have 2, want 1"
	var x Wrap[int]
	var p Vec[int] = "s" // ERROR "cannot use \x22s\x22 \(untyped string constant\) as Vec\[int\] value in variable declaration"
	var m Wrap[Wrap[int]] = 1 // ERROR "cannot use 1 \(untyped int constant\) as Wrap\[Wrap\[int\]\] value"
	var q Two[int, string] = 1 // ERROR "cannot use 1 \(untyped int constant\) as Two\[int, string\] value"
	_, _, _, _, _, _ = v, w, x, p, m, q
}
