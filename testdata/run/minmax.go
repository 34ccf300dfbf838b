// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	a, b := 3, -7
	println(min(a, b), max(a, b), min(a, b, 0), max(1, 2, 3))
	var x, y float64 = 1.5, -2.5
	println(min(x, y), max(x, y))
	var u, v uint8 = 200, 100
	println(min(u, v), max(u, v))
	const c = min(5, 2.5)
	println(c)
}
