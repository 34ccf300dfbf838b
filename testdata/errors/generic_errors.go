// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Number interface{ int | float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	println(Sum([]string{"a"})) // ERROR "string does not satisfy Number \(string missing in int \| float64\)"
	println(Zero()) // ERROR "in call to Zero, cannot infer T \(declared at .*main\.go:14:11\)"
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	println(Sum[int, int](nil), n) // ERROR "got 2 type arguments but want 1"
}
