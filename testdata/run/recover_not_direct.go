// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func helper() any { return recover() }

func main() {
	defer func() {
		r := recover()
		println("direct recover:", r != nil)
	}()
	defer func() {
		r := helper()
		println("indirect recover:", r == nil)
	}()
	println("recover outside panic:", recover() == nil)
	panic("p")
}
