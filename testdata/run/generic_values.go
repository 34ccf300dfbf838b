// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type T[P any] []P

type R[P any] struct{ next *R[P] }

type Num interface{ ~int | ~float64 }

type S[K comparable, V any] map[K]V

func (s S[K, V]) Get(k K) V { return s[k] }

func (r *R[P]) M() {}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }
func (b *Box[U]) Set(v U) { b.v = v }

func Apply[T any](f func(T) T, x T) T { return f(x) }
func Id[T any](x T) T { return x }

func Ptr[T any](x T) *T { return &x }

func Go[T any](ch chan T, v T) { ch <- v }

type Stringer interface{ String() string }
type Str string

func (s Str) String() string { return string(s) }

func Print[T Stringer](xs ...T) {
	for _, x := range xs {
		fmt.Println(x.String(), x)
	}
}

func Zero[T any]() (z T) { return }

func main() {
	var t T[int]
	_ = t
	s := S[string, int]{"a": 1}
	fmt.Println(s.Get("a"), s)
	var b Box[string]
	b.Set("hi")
	get := b.Get
	fmt.Println(get(), Box[int]{3}.Get())
	fmt.Printf("%T %T %v\n", b, s, Box[Box[int]]{})
	fmt.Println(Apply(Id[int], 4), *Ptr(5), *Ptr("x"))
	ch := make(chan int, 1)
	go Go(ch, 7)
	fmt.Println(<-ch)
	defer Print(Str("deferred"))
	Print[Str]("a", "b")
	fmt.Println(Zero[float64](), Zero[*int]() == nil, Zero[[]int]() == nil)
	var e any = Box[int]{1}
	if bx, ok := e.(Box[int]); ok {
		fmt.Println("box", bx.v)
	}
	switch e.(type) {
	case Box[string]:
		fmt.Println("string box")
	case Box[int]:
		fmt.Println("int box")
	}
}
