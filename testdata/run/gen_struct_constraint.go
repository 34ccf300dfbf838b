// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Point struct{ X, Y int }

type PointLike interface{ ~struct{ X, Y int } }

func Norm1[P PointLike](p P) int {
	q := struct{ X, Y int }(p)
	ax, ay := q.X, q.Y
	if ax < 0 {
		ax = -ax
	}
	if ay < 0 {
		ay = -ay
	}
	return ax + ay
}

func main() {
	fmt.Println(Norm1(Point{-3, 4}), Norm1(struct{ X, Y int }{1, -1}))
}
