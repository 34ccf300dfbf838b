// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Point struct{ X, Y int }

func (p Point) String() string { return "P" }

type Q struct{ X int }

func main() {
	var a any = Q{1}
	_ = a
	panic(Point{1, 2})
}
