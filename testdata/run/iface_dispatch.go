// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Sized interface {
	Shape
	Name() string
}

type Named struct {
	Rect
	N string
}

func (n Named) Name() string { return n.N }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Named{Rect{1, 1}, "unit"}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		println(s.Area(), s.Perimeter())
	}
	println(total)
	for _, s := range shapes {
		if n, ok := s.(Sized); ok {
			println("sized:", n.Name())
		}
	}
	var sh Shape = Rect{1, 2}
	var sh2 Shape = Rect{1, 2}
	println(sh == sh2, sh != Shape(&Circle{1}))
}
