package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprint(b.ID) }

type Rect struct {
	Base
	W, H float64
	tag  string
}

func (r *Rect) Area() float64 { return r.W * r.H }

func main() {
	width := 3.0
	r := &Rect{W: width, H: 2}
	fmt.Println(r./*@complete*/W)
	var s Shape = r
	fmt.Println(s./*@complete*/Area())
	fmt.Println(strings.Has/*@complete*/Prefix("ab", "a"))
	for i := 0; i < 2; i++ {
		wi/*@complete*/dth += float64(i)
		i/*@complete*/
	}
}
