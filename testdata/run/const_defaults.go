// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// := gives untyped constants their default types: int, float64, rune, bool, string.

func main() {
	i := 1 << 40
	f := 1e3
	r := 'x'
	b := 1 < 2
	s := "str"
	c := 5 / 2
	d := 5 / 2.0
	e := 'a' * 2
	g := 1 + 0.5
	println(i, f, r, b, s, c, d, e, g)
	i = i*1024 + 1
	r = r * 10000
	println(i, r, f/7)
	var h = 2.0
	h = h / 3
	println(h)
	j := 3.0
	var k int = 3.0
	println(j/2, k/2)
	const big = 1 << 62
	l := big
	l = l * 2
	println(l)
}
