// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Container[T any] interface {
	Put(T)
	All() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(x T) { b.xs = append(b.xs, x) }
func (b *Bag[T]) All() []T { return b.xs }

func Fill[T any](c Container[T], xs ...T) {
	for _, x := range xs {
		c.Put(x)
	}
}

func main() {
	b := &Bag[rune]{}
	Fill[rune](b, 'a', 'b')
	var c Container[rune] = b
	fmt.Println(c.All(), len(b.xs))
}
