// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface{ Area() float64 }

type Sq struct{}

func (s *Sq) Area() float64 { return 0 }

type Tri struct{}

func (t Tri) Area() int { return 0 }

func use(s Shape) {}

func main() {
	var s Shape = &Sq{}
	s.Perimeter() // ERROR "s\.Perimeter undefined \(type Shape has no field or method Perimeter\)"
	use(Sq{}) // ERROR "cannot use Sq\{\} \(value of struct type Sq\) as Shape value in argument to use: Sq does not implement Shape \(method Area has pointer receiver\)"
	f := Sq.Area // ERROR "invalid method expression Sq\.Area \(needs pointer receiver \(\*Sq\)\.Area\)"
	switch s.(type) {
	case Tri: // ERROR "impossible type switch case: Tri"
	}
	var t Tri
	_ = Shape(t) // ERROR "cannot convert t \(variable of struct type Tri\) to type Shape: Tri does not implement Shape \(wrong type for method Area\)"
	_ = f
}
