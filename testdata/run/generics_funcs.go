// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Number interface {
	~int | ~int32 | ~int64 | ~float64
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

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Celsius float64

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]Celsius{10, 20.5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), strs[0], strs[2])
	println(Max(3, 7), Max(2.5, -1), Max("go", "rust"))
	println(Sum[int32](nil))
}
