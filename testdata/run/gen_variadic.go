// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Append[T any](xs []T, ys ...T) []T { return append(xs, ys...) }

func Count[T comparable](x T, xs ...T) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(Append([]int{1}, 2, 3), Append[string](nil))
	fmt.Println(Count(1, 1, 2, 1), Count("a"), Count(2, []int{2, 2}...))
}
