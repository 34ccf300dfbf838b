// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Number interface {
	~int | ~float64 | ~complex64 | ~complex128
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[T any](a, b T) [2]T { return [2]T{a, b} }

type Box[T comparable] struct{ v T }

func (b Box[T]) Eq(o T) bool { return b.v == o }

func worker(z complex128, out chan<- string) {
	out <- fmt.Sprint(z * 2)
}

func main() {
	fmt.Println(Sum(1+1i, 2, 3i), Sum[complex64](1, 2i), Sum(1.5, 2))
	fmt.Println(Pair(1i, 2i), Box[complex64]{1i}.Eq(1i))
	z := 3 + 4i
	p := &z
	*p *= 2
	defer println(z, *p)
	defer fmt.Println("deferred", z)
	out := make(chan string)
	go worker(z, out)
	fmt.Println(<-out)
	zc := make(chan complex128, 1)
	zc <- 1i
	select {
	case v := <-zc:
		fmt.Println("sel", v)
	default:
	}
	var arr [3]complex128
	arr[1] = z
	q := &arr[1]
	*q += 1
	fmt.Println(arr, len(arr))
	s := make([]complex64, 2, 4)
	s = append(s, 1, 2i)
	fmt.Println(s, cap(s))
	type T struct {
		a int8
		z complex64
		b int8
		w complex128
	}
	t := T{1, 2i, 3, 4i}
	u := t
	u.z = 5
	fmt.Println(t, u, t == u)
	fmt.Printf("%v %.3g\n", z/3, z/3)
	var iface fmt.Stringer
	_ = iface
	m := map[string][]complex128{"a": {1, 2}}
	m["a"] = append(m["a"], 3i)
	fmt.Println(m)
	for i, v := range []complex128{1i, 2i} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
