// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Examples after the Go spec's sections on type parameters, instantiation and inference.

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

type Tree[T interface{ ~int | ~string }] struct {
	left, right *Tree[T]
	value       T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{value: v}
	}
	if v < t.value {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.value)
	t.right.Walk(f)
}

func min[T ~int | ~float64](x, y T) T {
	if x < y {
		return x
	}
	return y
}

type Pair[A, B any] struct {
	a A
	b B
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.b, p.a} }

// Constraint type inference: E from S's core type.
func Scale[S ~[]E, E ~int | ~float64](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int

func (p Point) Sum() int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func apply[T any](f func(T) T, x T) T { return f(x) }

func double(x int) int { return 2 * x }

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id" }

func Join[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

func Conv[To ~int64 | ~float64, From ~int | ~int8](x From) To { return To(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	var l List[int]
	l.next = &List[int]{value: 2}
	println(l.Len())

	var t *Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { print(s, " ") })
	println()

	println(min(2, 3), min(2.5, 1), min[float64](1, 0.5))
	f := min[int]
	println(f(7, 4))

	p := Swap(Pair[string, int]{"x", 1})
	println(p.a, p.b)

	pt := Point{1, 2, 3}
	println(Scale(pt, 2).Sum())
	println(apply(double, 21))
	println(Join([]ID{1, 2}))
	var y float64 = Conv[float64](int8(-3))
	println(y, Conv[int64, int](40)+2)
	println(Keys(map[string]bool{"a": true}))
}
