// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T] { return func(x T) bool { return !p(x) } }

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(x T) bool { return p(x) && q(x) } }

func main() {
	pos := Pred[int](func(x int) bool { return x > 0 })
	even := Pred[int](func(x int) bool { return x%2 == 0 })
	f := pos.And(even.Not())
	for _, x := range []int{-1, 2, 3} {
		fmt.Print(f(x), " ")
	}
	fmt.Println()
}
