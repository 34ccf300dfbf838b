// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	m := map[int]int{1: 1, 2: 4, 3: 9}
	clear(m)
	println(len(m), m[2])
	m[5] = 25
	println(len(m))
	s := []int{1, 2, 3}
	clear(s)
	println(len(s), s[0], s[1], s[2])
	println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max(-1, -2.5))
	println(min("b", "a", "c"), max("b", "a", "c"))
	var z float64
	nan := z / z
	println(min(1, nan), max(nan, 1), min(-0.0, z), max(z, -z))
	var i8 int8 = -128
	println(min(i8, 0), max(i8, 127))
	const c = min(1, 2.5, 'a')
	println(c)
}
