// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	println(p.X, p.Y, q.X, q.Y)
	r := Rect{Point{0, 0}, Point{3, 4}, "box"}
	println(r.Area(), r.Name, r.Max.Y)
	r2 := r
	r2.Max.X = 10
	println(r.Max.X, r2.Max.X, r == r2, r.Min == r2.Min)
	var zero Rect
	println(zero.Name == "", zero.Max.X, zero == Rect{})
	anon := struct {
		A int
		B string
	}{1, "b"}
	println(anon.A, anon.B)
	pp := &p
	pp.X = 100
	println(p.X, (*pp).Y)
	type pair struct{ a, b int8 }
	ps := []pair{{1, 2}, {3, 4}}
	ps[1].b = 40
	println(ps[0].a, ps[1].b, ps[0] == pair{1, 2})
}
