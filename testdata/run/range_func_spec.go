// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func fibo(yield func(x int) bool) {
	f0, f1 := 0, 1
	for yield(f0) {
		f0, f1 = f1, f0+f1
	}
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Walk(yield func(T) bool) {
	for ; l != nil; l = l.next {
		if !yield(l.val) {
			return
		}
	}
}

func main() {
	for x := range fibo {
		if x >= 100 {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	l := &List[string]{val: "a", next: &List[string]{val: "b"}}
	for v := range l.Walk {
		fmt.Print(v)
	}
	fmt.Println()
	f := func(yield func() bool) {
		_ = yield() && yield()
	}
	for range f {
		fmt.Print("*")
	}
	fmt.Println()
}
