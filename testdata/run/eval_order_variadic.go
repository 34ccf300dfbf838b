// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type C struct{ less, n int }

func (c *C) f() bool { c.less += 10; return true }

func get(c *C) int { return c.less }

func main() {
	c := &C{}
	fmt.Println(c.less, c.f())
	x := 1
	g := func() int { x = 5; return 0 }
	fmt.Println(x, g())
	var a [2]int
	h := func() int { a[0] = 9; return 1 }
	fmt.Println(a[0], h())
	println(c.less, c.f())
	fmt.Println(get(c), c.less, c.f())
}

func init() {
	sl := &[]string{"x", "y"}
	m := &map[string]int{"a": 1}
	fmt.Println(len(*sl), (*sl)[1], len(*m), sl, m)
	*sl = append(*sl, "z")
	(*m)["b"] = 2
	fmt.Println(sl, m)
}
