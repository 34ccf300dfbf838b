// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Point struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"))
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Index([]any{1, "x", 2.5}, any(2.5)))
	fmt.Println(Index([]*int{nil}, nil))
}
