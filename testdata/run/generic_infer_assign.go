// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func Identity[T any](x T) T { return x }

func Pair[K comparable, V any](k K) V {
	var v V
	return v
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

type Celsius float64

func apply(f func(int) int, x int) int { return f(x) }

func applyS(f func(string) string, s string) string { return f(s) }

func getter() func(float64) float64 { return Identity }

type Ops struct {
	Neg func(int) int
	Str func(int) string
}

func neg[T ~int](x T) T { return -x }

func str[T ~int](x T) string { return strconv.Itoa(int(x)) }

func main() {
	var f func(int) int = Identity
	fmt.Println(f(3))
	fmt.Println(apply(Identity, 4), apply(Double, 5), apply(neg, 6))
	fmt.Println(applyS(Identity, "s"))
	fmt.Println(getter()(1.5))

	var g func(string) bool = Pair
	fmt.Println(g("k"))

	var c func(Celsius) Celsius
	c = Double
	fmt.Println(c(21.5))

	// Partial instantiation: the rest from the target type.
	var m func([]int, func(int) string) []string = Map[int]
	fmt.Println(m([]int{1, 2, 3}, strconv.Itoa))
	var p func(int) []byte = Pair[int]
	fmt.Println(p(1) == nil)

	ops := Ops{Neg: neg, Str: str}
	fmt.Println(ops.Neg(7), ops.Str(8))

	fs := []func(int) int{Identity, Double, neg}
	for _, h := range fs {
		fmt.Print(h(10), " ")
	}
	fmt.Println()

	byName := map[string]func(float64) float64{"id": Identity, "double": Double}
	fmt.Println(byName["id"](2.5), byName["double"](2.5))

	xs := []int{3, 1, 2}
	less := func(a, b int) int { return a - b }
	var sorter func([]int, func(int, int) int) = slices.SortFunc
	sorter(xs, less)
	fmt.Println(xs)

	ch := make(chan func(int) int, 1)
	ch <- Double
	fmt.Println((<-ch)(21))
}
