// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface{ Area() float64 }
type Rect struct{ W float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W }
func (c *Circle) Area() float64 { return c.R }

func main() {
	var s Shape = Rect{2}
	c := s.(*Circle)
	println(c)
}
