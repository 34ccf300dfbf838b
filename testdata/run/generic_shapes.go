// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// Instances whose type arguments share a GC shape (int, ID, Count and int64; string and
// Name; pointer types) but differ in what the body does with them: methods of T, %T,
// conversions to interfaces, type switches, map keys, recursion and closures.
package main

import (
	"fmt"
	"strconv"
)

type ID int
type Count int
type Name string

func (i ID) String() string    { return "id-" + strconv.Itoa(int(i)) }
func (c Count) String() string { return strconv.Itoa(int(c)) + " items" }

type A struct{ n int }
type B struct{ n int }

func (a *A) Get() int { return a.n }
func (b *B) Get() int { return b.n * 10 }

type Getter interface{ Get() int }

func Sum[T ~int | ~int64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Strs[T fmt.Stringer](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case ID:
		return "ID " + v.String()
	case string:
		return "string " + v
	case fmt.Stringer:
		return "Stringer " + v.String()
	}
	return fmt.Sprintf("other %T %v", x, x)
}

func Count2[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Gets[P Getter](ps []P) int {
	t := 0
	for _, p := range ps {
		t += p.Get()
	}
	return t
}

func Fact[T ~int | ~int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func Even[T ~int | ~int64](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int | ~int64](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

func Adder[T ~int | ~string](base T) func(T) T {
	return func(x T) T { return base + x }
}

func At[T any](xs []T, i int) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("at %d: %v", i, r)
		}
	}()
	return xs[i], nil
}

func Boxes[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]ID{4, 5}), Sum([]Count{6}), Sum([]int64{7, 8}))
	fmt.Printf("%T %T %T %T\n", Sum([]int{1}), Sum([]ID{1}), Sum([]Count{1}), Sum([]int64{1}))
	fmt.Println(Strs([]ID{1, 2}), Strs([]Count{3, 4}))
	fmt.Println(Describe(1), Describe(ID(2)), Describe(Count(3)), Describe(int64(4)))
	fmt.Println(Describe("s"), Describe(Name("n")), Describe(&A{1}) != "", Describe(3.5))
	fmt.Println(Count2([]int{1, 1, 2}), Count2([]ID{3, 3, 3}), Count2([]string{"a", "b", "a"}), Count2([]Name{"x"}))
	fmt.Println(Gets([]*A{{1}, {2}}), Gets([]*B{{1}, {2}}))
	fmt.Println(Fact(5), Fact(ID(6)), Fact(int64(7)))
	fmt.Println(Even(10), Odd(ID(7)), Even(int64(3)))
	fmt.Println(Adder(1)(2), Adder(ID(3))(4), Adder("a")("b"), Adder(Name("c"))("d"))
	v, err := At([]int{1, 2}, 5)
	fmt.Println(v, err)
	w, err := At([]ID{1, 2}, 1)
	fmt.Println(w, err)
	s, err := At([]Name{"q"}, 3)
	fmt.Printf("%q %v\n", s, err)
	for _, b := range [][]any{Boxes([]int{1}), Boxes([]ID{2}), Boxes([]Count{3}), Boxes([]int64{4}), Boxes([]Name{"n"})} {
		fmt.Printf("%T %v ", b[0], b[0])
	}
	fmt.Println()
}
