// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type P struct{ n int }

func (p *P) String() string { return "P!" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type List []int

func (l List) String() string { return fmt.Sprint(len(l), " items") }

type Wrap struct {
	V
	extra int
}

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d %+v\n", v, &v, v, p)
	fmt.Println([]V{{1}, {2}}, []*P{&p}, Temp(36.6), List{1, 2, 3})
	fmt.Println(Wrap{V{3}, 4})
	var s fmt.Stringer = Temp(-1)
	fmt.Println(s, s.String())
	e := errors.New("plain")
	fmt.Printf("[%10v] [%-10s] [%q]\n", e, e, e)
	fmt.Println(struct {
		A any
		B fmt.Stringer
	}{1, v})
}
