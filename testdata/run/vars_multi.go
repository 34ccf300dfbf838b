// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var g1, g2 = 10, 20
var (
	g3 int
	g4 float64 = 1.5
	g5, g6     = true, int8(-3)
)

func pair() (int, int) { return 3, 4 }

func main() {
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	g1, g2 = g2, g1
	println(g1, g2, g3, g4, g5, g6)
	var p, q = pair()
	println(p, q)
	p, q = q+p, q-p
	println(p, q)
	i := 0
	i, j := i+1, i+2
	println(i, j)
	var k, l int
	k, l = l+5, k+5
	println(k, l)
	var m int32
	m += 7
	m *= 3
	m -= 1
	m /= 4
	m %= 3
	m <<= 4
	m >>= 1
	m |= 3
	m &= 6
	m ^= 5
	m &^= 1
	println(m)
}
