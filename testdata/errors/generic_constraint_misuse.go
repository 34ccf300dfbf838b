// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Key[K comparable](k K) K { return k }

func main() {
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number"
	_ = Key([]int{}) // ERROR "\[\]int does not satisfy comparable"
	_ = Key(func() {}) // ERROR "func\(\) does not satisfy comparable"
	_ = c
}
