// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type P struct{ n int }

func (p *P) String() string {
	if p == nil {
		return "nil P"
	}
	return fmt.Sprint("P", p.n)
}

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func main() {
	var v *V
	var p *P
	var e *E
	fmt.Println(v, p, e)
	fmt.Printf("%v|%s|%10v|%d|%+v\n", v, v, v, v, v)
	fmt.Println([]*V{nil, {1}}, []*P{nil, {2}}, map[string]*V{"a": nil})
	fmt.Printf("%v %v\n", &V{3}, &P{4})
	var err error = e
	fmt.Println(err != nil, errors.Unwrap(err) == nil)
	fmt.Printf("[%v] [%5s]\n", err, err)
}
