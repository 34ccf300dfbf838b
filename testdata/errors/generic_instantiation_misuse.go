// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type List[T any] struct{ v T }

func F[T any](x T) T { return x }

func G[T int | string](x T) {}

type Num interface{ ~int | ~float64 }

func main() {
	var a List // ERROR "cannot use generic type List\[T any\] without instantiation"
	_ = F[int, string] // ERROR "got 2 type arguments but want 1"
	G(1.5) // ERROR "float64 does not satisfy int \| string"
	var n Num // ERROR "cannot use type Num outside a type constraint: interface contains type constraints"
	_ = List[int, int]{} // ERROR "too many type arguments for type List: have 2, want 1"
	_, _ = a, n
}
