// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Interface values chosen by a scalar argument.

type Shape interface{ Area() float64 }

type Square struct{ s float64 }
type Circle struct{ r float64 }

func (q Square) Area() float64 { return q.s * q.s }
func (c Circle) Area() float64 { return 3.14159 * c.r * c.r }

var shapes []Shape

//go:wasmexport add_square
func addSquare(s float64) int32 {
	shapes = append(shapes, Square{s})
	return int32(len(shapes))
}

//go:wasmexport add_circle
func addCircle(r float64) int32 {
	shapes = append(shapes, Circle{r})
	return int32(len(shapes))
}

//go:wasmexport total_area
func totalArea() float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

//go:wasmexport is_circle
func isCircle(i int32) bool {
	_, ok := shapes[i].(Circle)
	return ok
}

func main() {}
