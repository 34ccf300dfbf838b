// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type List[T any] struct {
	next  *List[T]
	value T
}

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	l := &List[string]{value: "a", next: &List[string]{value: "b"}}
	fmt.Println(l.Len(), l.value, l.next.value)
	p := Pair[string, []int]{"x", []int{1, 2}}
	fmt.Printf("%v %T\n", p, p)
}
