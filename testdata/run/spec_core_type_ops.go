// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Len[S ~[]E, E any](s S) int { return len(s) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Send[C ~chan E, E any](c C, e E) { c <- e }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Make[S ~[]E, E any](n int) S { return make(S, n) }

type Ints []int
type Queue chan string

func main() {
	fmt.Println(Len(Ints{1, 2, 3}), First(Ints{7, 8}))
	q := make(Queue, 1)
	Send(q, "hi")
	fmt.Println(<-q)
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	s := Make[Ints](3)
	fmt.Printf("%T %v\n", s, s)
}
