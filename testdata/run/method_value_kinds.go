// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64          { return q.s * q.s }
func (q Sq) Scale(k float64) Shape { return Sq{q.s * k} }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Wrapped struct {
	*Counter
	name string
}

type Pair struct{ a, b int }

func (p Pair) Sum() int      { return p.a + p.b }
func (p Pair) Swap() (int, int) { return p.b, p.a }

func apply(fs []func() int) {
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func main() {
	var s Shape = Sq{2}
	area := s.Area
	scale := s.Scale
	s = Sq{10}
	fmt.Println(area(), scale(3).Area(), s.Area())
	w := Wrapped{&Counter{}, "w"}
	inc := w.Inc
	get := w.Get
	inc()
	inc()
	fmt.Println(get(), w.Get(), w.n)
	apply([]func() int{inc, w.Get, Counter{7}.Get})
	sum := Pair.Sum
	swap := (*Pair).Swap
	p := &Pair{1, 2}
	x, y := swap(p)
	fmt.Println(sum(Pair{3, 4}), x, y)
	f := (*Counter).Inc
	c := &Counter{}
	f(c)
	f(c)
	fmt.Println(c.n, Counter.Get(*c))
	var fn func(float64) Shape = Sq{1}.Scale
	fmt.Println(fn(5).Area())
	fmt.Printf("%T %T\n", area, sum)
}
