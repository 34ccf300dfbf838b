// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	println(a == nil, b == nil, c == nil, len(a), cap(a), len(b))
	a = append(a, 1)
	println(a != nil, len(a), cap(a))
	var d []int
	for range d {
		println("never")
	}
	e := d[0:0]
	println(e == nil, len(d[:]))
	f := b[:0]
	println(f == nil)
	var g []string
	g = append(g, "x", "y")
	println(len(g), g[0]+g[1])
	h := a[:0]
	h = append(h, 42)
	println(a[0])
	var m [][]int
	m = append(m, nil, []int{1})
	println(len(m), m[0] == nil, len(m[1]))
}
