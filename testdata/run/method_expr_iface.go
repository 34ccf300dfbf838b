// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// Method expressions of interface types: I.M is a func taking the interface value first.
package main

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Rect struct{ w, h int }

func (r Rect) Area() int           { return r.w * r.h }
func (r Rect) Scale(k int) Shape   { return Rect{r.w * k, r.h * k} }

type Sq int

func (s *Sq) Area() int           { return int(*s) * int(*s) }
func (s *Sq) Scale(k int) Shape   { n := Sq(int(*s) * k); return &n }

func apply(shapes []Shape, f func(Shape) int) int {
	total := 0
	for _, s := range shapes {
		total += f(s)
	}
	return total
}

func main() {
	area := Shape.Area
	scale := Shape.Scale
	three := Sq(3)
	shapes := []Shape{Rect{2, 3}, &three}
	println(area(shapes[0]), area(shapes[1]))
	println(apply(shapes, Shape.Area))
	println(area(scale(shapes[0], 2)), area(scale(shapes[1], 10)))
	type Areaer interface{ Area() int }
	println(Areaer.Area(Rect{4, 5}))
	var nilShape Shape
	println(area(nilShape))
}
