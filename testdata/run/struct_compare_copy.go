// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Vec struct{ X, Y float64 }

type Particle struct {
	Pos, Vel Vec
	ID       int
	Tags     [2]string
}

func step(p Particle) Particle {
	p.Pos.X += p.Vel.X
	p.Pos.Y += p.Vel.Y
	return p
}

func main() {
	a := Particle{Pos: Vec{0, 0}, Vel: Vec{1.5, -0.5}, ID: 1, Tags: [2]string{"fast", ""}}
	b := step(a)
	println(a.Pos.X, b.Pos.X, b.Pos.Y)
	c := a
	println(a == c, a != b)
	c.Tags[1] = "new"
	println(a.Tags[1] == "", c.Tags[1])
	var z float64
	n := Vec{z / z, 0}
	println(n == n, Vec{-z, 0} == Vec{z, 0})
	arr := [2]Vec{{1, 2}, {3, 4}}
	arr2 := arr
	arr2[0].X = 9
	println(arr[0].X, arr2[0].X, arr == arr2)
}
