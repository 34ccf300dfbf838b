// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
	"slices"
)

type point struct {
	x, y float64
	tag  string
}

type shape interface{ area() float64 }

type sq float64

func (s sq) area() float64 { return float64(s * s) }

type rect struct{ w, h int }

func (r rect) area() float64 { return float64(r.w * r.h) }

func main() {
	arr := map[[3]int]string{{1, 2, 3}: "a", {3, 2, 1}: "b"}
	arr[[3]int{1, 2, 3}] += "!"
	fmt.Println(len(arr), arr[[3]int{1, 2, 3}], arr[[3]int{0, 0, 0}] == "")

	pts := map[point]int{}
	pts[point{1, 2, "p"}]++
	pts[point{1, 2, "p"}]++
	pts[point{math.Copysign(0, -1), 0, ""}] = 7
	fmt.Println(len(pts), pts[point{1, 2, "p"}], pts[point{0, 0, ""}])

	fl := map[float64]int{}
	nan := math.NaN()
	fl[nan] = 1
	fl[nan] = 2
	fl[0.0] = 3
	fl[math.Copysign(0, -1)] = 4
	fl[math.Inf(1)] = 5
	_, found := fl[nan]
	fmt.Println(len(fl), fl[0], found, fl[math.Inf(1)])
	var keys []float64
	for k := range fl {
		if k == k {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	fmt.Println(keys)

	f32 := map[float32]string{1.5: "x"}
	fmt.Println(f32[1.5], f32[float32(1.5000001)] == "")

	shapes := map[shape]string{sq(2): "square", rect{2, 3}: "rect"}
	shapes[sq(2)] += "!"
	fmt.Println(len(shapes), shapes[sq(2)], shapes[rect{2, 3}], shapes[rect{3, 2}] == "")

	anyk := map[any]int{1: 1, "1": 2, int8(1): 3, [2]string{"a", "b"}: 4, struct{ a int }{1}: 5, nil: 6}
	fmt.Println(len(anyk), anyk[1], anyk["1"], anyk[int8(1)], anyk[[2]string{"a", "b"}], anyk[struct{ a int }{1}], anyk[nil])
	defer func() { fmt.Println("recovered:", recover()) }()
	anyk[[]int{1}] = 7
}
