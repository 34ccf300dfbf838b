// Generic Sum, Map and Filter against their hand-written int versions: the same pipeline,
// Sum(Filter(Map(xs, f), keep)), over the same slice. tools/generics.py times the two exports
// alternately on wasmtime; the ratio generic/hand-written must stay within 1.1.
package main

type Number interface {
	~int | ~int32 | ~int64 | ~float64 | ~uint8
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func sumInt(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func mapInt(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filterInt(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func input() []int {
	xs := make([]int, 100000)
	for i := range xs {
		xs[i] = i
	}
	return xs
}

func double(x int) int { return 2 * x }
func odd3(x int) bool  { return x%3 != 0 }

//go:wasmexport generic
func generic(rounds int32) int64 {
	xs := input()
	t := 0
	for r := int32(0); r < rounds; r++ {
		t += Sum(Filter(Map(xs, double), odd3))
	}
	return int64(t)
}

//go:wasmexport handwritten
func handwritten(rounds int32) int64 {
	xs := input()
	t := 0
	for r := int32(0); r < rounds; r++ {
		t += sumInt(filterInt(mapInt(xs, double), odd3))
	}
	return int64(t)
}

func main() {}
