// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Labeled[T any] struct {
	Box[T]
	Label string
}

func main() {
	l := Labeled[int]{Box[int]{42}, "answer"}
	fmt.Println(l.Get(), l.V, l.Label)
	fmt.Printf("%+v\n", l)
}
