// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface{ Area() int }

type Circle struct{ r int }

func (c Circle) Area() int { return c.r }

func try(f func()) {
	defer func() { println(recover().(error).Error()) }()
	f()
}

func main() {
	var a any
	var s Shape
	try(func() { _ = a.(int) })
	try(func() { _ = a.(Shape) })
	try(func() { _ = s.(Circle) })
	try(func() { _ = s.(interface{ Perimeter() int }) })
	try(func() { _ = a.(string) + "x" })
	a = "str"
	try(func() { _ = a.(int) })
	a = Circle{1}
	try(func() { _ = a.(interface{ Perimeter() int }) })
	s = Circle{2}
	try(func() { _ = s.(interface{ Perimeter() int }) })
	var e error
	_ = e.(interface{ Unwrap() error })
}
