// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     *Point
	Inner Point
	Any   any
	Err   error
	f     float64
}

type Empty struct{}

func main() {
	p := Point{1, -2}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", &p)
	var np *Point
	fmt.Printf("%#v\n", np)
	n := Named{Name: "n\"1", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}, Inner: Point{3, 4}, Any: 7, f: 1.5}
	fmt.Printf("%#v\n", n)
	var z Named
	fmt.Printf("%#v\n", z)
	fmt.Printf("%#v %#v\n", Empty{}, struct{}{})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", []*Point{nil})
	fmt.Printf("%#v\n", map[Point]string{{1, 2}: "a"})
	fmt.Printf("%#v\n", [2]Point{})
}
