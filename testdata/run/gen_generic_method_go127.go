// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Box struct{ items []any }

func (b *Box) Put(x any) { b.items = append(b.items, x) }

func Get[T any](b *Box) []T {
	var out []T
	for _, x := range b.items {
		if v, ok := x.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	b := &Box{}
	b.Put(1)
	b.Put("a")
	b.Put(2)
	fmt.Println(Get[int](b), Get[string](b), len(Get[bool](b)))
}
