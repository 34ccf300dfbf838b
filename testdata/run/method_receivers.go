// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d Celsius) { *c += d }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	println(c.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	t := Celsius(100)
	t.Warm(-100)
	println(t.F(), Celsius(37).F())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), len(l))
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	println(cs[0].n)
	m := map[string]Counter{"a": {5}}
	println(m["a"].Get())
}
