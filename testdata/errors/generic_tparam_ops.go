// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func A[T any](x T) {
	var _ = x + x // ERROR "invalid operation: operator \+ not defined on x \(variable of type T constrained by any\)"
}

func B[T comparable](x, y T) bool {
	return x < y // ERROR "invalid operation: x < y \(type parameter T cannot use operator <\)"
}

func C[T any]() T {
	return nil // ERROR "cannot use nil as T value in return statement"
}

type D[T any] T // ERROR "cannot use a type parameter as RHS in type declaration"

func E[T ~int](x T) {
	_ = x.foo // ERROR "x.foo undefined \(type T has no field or method foo\)"
}

func main() {}
