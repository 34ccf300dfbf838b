// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface {
	Area() float64
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

type Circle struct{}

func main() {
	var a Shape = Square{1} // ERROR "cannot use Square\{…\} \(value of struct type Square\) as Shape value in variable declaration: Square does not implement Shape \(method Area has pointer receiver\)"
	var b Shape = Circle{} // ERROR "cannot use Circle\{\} \(value of struct type Circle\) as Shape value in variable declaration: Circle does not implement Shape \(missing method Area\)"
	var n int = 5
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	var c Shape = &Square{1}
	_ = c.(Circle) // ERROR "impossible type assertion: c\.\(Circle\)"
	println(a, b)
}
