// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func Map[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if !o.ok {
		return Opt[U]{}
	}
	return Some(f(o.v))
}

func main() {
	o := Map(Some(21), func(x int) string { return fmt.Sprint(x * 2) })
	fmt.Printf("%+v %T\n", o, o)
	n := Map(Opt[int]{}, func(x int) bool { return true })
	fmt.Printf("%+v\n", n)
}
