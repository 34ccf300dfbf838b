// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strconv"
)

type Val struct{ N int }

func (v Val) String() string { return "Val(" + strconv.Itoa(v.N) + ")" }

type Ptr struct{ N int }

func (p *Ptr) String() string { return "Ptr(" + strconv.Itoa(p.N) + ")" }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Wrap struct {
	V Val
	P Ptr
	Q *Ptr
	C Color
}

func main() {
	v, p := Val{1}, Ptr{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d %+v %x %q\n", v, v, v, v, v, v)
	fmt.Printf("%v %+v %s\n", p, p, &p)
	fmt.Println(Both{}, []Both{{}})
	fmt.Println([]Val{{1}, {2}}, []Ptr{{3}}, []*Ptr{{4}})
	fmt.Println(map[Color]Val{2: {9}, 0: {8}})
	fmt.Println(Wrap{Val{5}, Ptr{6}, &Ptr{7}, 1})
	fmt.Printf("%+v\n", Wrap{Val{5}, Ptr{6}, &Ptr{7}, 2})
	fmt.Printf("%d %v %s %x %05d\n", Color(1), Color(1), Color(2), Color(0), Color(1))
	fmt.Printf("%#v %#v\n", Color(1), v)
	fmt.Printf("%10v|%-10s|\n", v, Color(0))
	var s fmt.Stringer = v
	fmt.Println(s, s.String())
	s = &p
	fmt.Println(s)
	fmt.Printf("%T %T\n", s, Color(0))
	fmt.Println(fmt.Sprint(v, p, Color(2)))
}
