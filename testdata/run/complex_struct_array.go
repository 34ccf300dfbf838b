// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Point struct {
	Name string
	Pos  complex128
	Vel  complex64
	Tags [2]complex64
}

type Grid [3][2]complex128

func move(p Point) Point {
	p.Pos += complex128(p.Vel)
	p.Tags[1] = p.Vel
	return p
}

func main() {
	p := Point{"a", 1 + 1i, 0.5i, [2]complex64{1, 2}}
	q := move(p)
	fmt.Println(p, q, p == q)
	fmt.Printf("%+v\n", q)
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = complex(float64(i), float64(j))
		}
	}
	fmt.Println(g)
	s := []complex128{}
	for i := 0; i < 10; i++ {
		s = append(s, complex(float64(i), -float64(i)))
	}
	fmt.Println(len(s), cap(s) >= 10, s[3:6])
	copy(s, s[5:])
	fmt.Println(s)
	ps := []*Point{&p, &q}
	ps[0].Pos *= 2
	fmt.Println(p.Pos, *ps[1])
	arr := new([4]complex64)
	arr[2] = 7i
	fmt.Println(*arr, len(arr))
	m := map[string]complex128{"x": 1}
	m["x"] += 2i
	m["y"] -= 1
	fmt.Println(m)
}
