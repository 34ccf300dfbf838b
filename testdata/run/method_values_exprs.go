// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Getter interface{ Get() int }

type Num int

func (n Num) Double() Num { return n * 2 }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	c.Inc()
	println(c.n, get())
	f := (*Counter).Inc
	f(c)
	g := Counter.Get
	println(g(*c))
	h := (*Counter).Get
	println(h(c))
	add := Counter.Add
	println(add(*c, 10))
	var gi Getter = *c
	m := gi.Get
	println(m())
	ie := Getter.Get
	println(ie(Counter{n: 42}))
	d := Num.Double
	println(d(21))
	fs := []func(Counter) int{Counter.Get, func(c Counter) int { return -c.n }}
	println(fs[0](*c), fs[1](*c))
	var nc *Counter
	defer func() {
		println("recovered:", recover() != nil)
	}()
	bad := nc.Get
	println(bad())
}
