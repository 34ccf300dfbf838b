// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[X, Y]) Swap() Pair[Y, X] { return Pair[Y, X]{p.Second, p.First} }

func (p *Pair[A, _]) ResetFirst() {
	var z A
	p.First = z
}

func main() {
	p := Pair[int, string]{1, "one"}
	fmt.Printf("%v %T\n", p.Swap(), p.Swap())
	p.ResetFirst()
	fmt.Printf("%+v\n", p)
}
