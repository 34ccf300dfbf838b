// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct{ n int }

func (t *T) inc() { t.n++ }

var t T
var u = T{5}

type C int

func (c *C) bump() { *c += 2 }

var c C

func init() { t.inc() }

func main() {
	t.inc()
	u.inc()
	c.bump()
	println(t.n, u.n, c)
}
