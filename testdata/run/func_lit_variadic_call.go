// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func showAny(tag string, vs ...any) { println(tag, len(vs)) }

func main() {
	func(vs ...int) { println("ints", len(vs)) }(1, 2)
	func(vs ...any) { showAny("spread", vs...) }(1, "a")
	func(a int, vs ...any) { println("after a", len(vs)) }(1, 2)
}
