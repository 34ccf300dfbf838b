package main

type Rect struct {
	W, H float64
}

func (r *Rect) Area() float64 { return r.W * r.H }

func main() {
	r := &Rect{W: 1}
	r./*@complete*/
}
