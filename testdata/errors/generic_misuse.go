// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func Eq[T comparable](a, b T) bool { return a == b }

func Id[T any](x T) T { return x }

func Pair[A, B any](a A) B {
	var b B
	return b
}

type Box[T any] struct{ v T }

func main() {
	_ = Show(42) // ERROR "int does not satisfy Stringer \(missing method String\)"
	_ = Eq(func() {}, nil) // ERROR "func\(\) does not satisfy comparable"
	f := Id // ERROR "cannot use generic function Id without instantiation"
	_ = Pair(1) // ERROR "in call to Pair, cannot infer B \(declared at .*main\.go:12:14\)"
	var b Box // ERROR "cannot use generic type Box\[T any\] without instantiation"
	_ = Id[int, string](1) // ERROR "got 2 type arguments but want 1"
	g := Pair[int] // ERROR "cannot infer B \(declared at .*main\.go:12:14\)"
	_, _, _ = f, b, g
}
