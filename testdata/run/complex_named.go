// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Phasor complex128

func (p Phasor) Re() float64 { return real(p) }
func (p Phasor) Im() float64 { return imag(p) }
func (p *Phasor) Rotate()    { *p *= 1i }
func (p Phasor) Scale(k float64) Phasor {
	return p * Phasor(complex(k, 0))
}

type Signal struct {
	Phasor
	Label string
}

func main() {
	p := Phasor(1 + 2i)
	p.Rotate()
	fmt.Println(p, p.Re(), p.Im(), p.Scale(2))
	s := Signal{3i, "s"}
	s.Rotate()
	fmt.Println(s, s.Re(), s.Scale(0.5))
	f := p.Scale
	g := Phasor.Im
	fmt.Println(f(3), g(p))
	var ps = []Phasor{1, 1i}
	for i := range ps {
		ps[i].Rotate()
	}
	fmt.Printf("%v %T\n", ps, ps[0])
}
