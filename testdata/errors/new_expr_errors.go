// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

func two() (int, int) { return 1, 2 }
func none()           {}

type List[T any] struct{ next *List[T] }

type Number interface{ ~int | ~float64 }

func main() {
	_ = new(nil) // ERROR "use of untyped nil in argument to new"
	_ = new(two()) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = new(none()) // ERROR "none\(\) \(no value\) used as value or type"
	_ = new(1 << 70) // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to new \(overflows\)"
	_ = new(1, 2) // ERROR "invalid operation: too many arguments for new\(1, 2\) \(expected 1, found 2\)"
	_ = new() // ERROR "invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)"
	_ = new(List) // ERROR "cannot use generic type List without instantiation"
	_ = new(Number) // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	var p *string = new(1) // ERROR "cannot use new\(1\) \(value of type \*int\) as \*string value in variable declaration"
	_ = p
}
