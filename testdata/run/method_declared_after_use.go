// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }

var shapes = []Shape{square{2}, &circle{1}}

var w io.Writer = &upper{}

type square struct{ s float64 }

type circle struct{ r float64 }

type upper struct{ sb strings.Builder }

func main() {
	for _, s := range shapes {
		fmt.Printf("%T %.2f\n", s, s.Area())
	}
	fmt.Fprintf(w, "hello %d", 7)
	fmt.Println(w.(*upper).sb.String())
}

func (q square) Area() float64 { return q.s * q.s }

func (c *circle) Area() float64 { return 3 * c.r * c.r }

func (u *upper) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}
