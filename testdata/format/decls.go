package main

var single = 1
var (
	grouped = 2
)
const one = 1
const (
)
type A = int
type B[T any] []T
type C[T interface{ ~int }] struct{ v T }
type D[P *int,] struct{}

var fnv = func(a int) int {
	return a
}

type I interface{ M() }
type J interface {
	I
	N(x int) (y int)
}

func main() {
	const local = 3
	var (
		l1 = 1
		l2 string
	)
	type inner struct {
		X int
	}
	var _ = inner{}
	_, _, _ = local, l1, l2
	var b B[int]
	_ = b
	_ = single + grouped + one + fnv(1)
}
