package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	s := []Shape{Rect{2, 3}}
	for _, x := range s {
		fmt.Printf("%T %v %.2f\n", x, x, x.Area())
	}
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(m, len(m), Celsius(21.5))
	err := fmt.Errorf("wrap: %w", errors.New("base"))
	fmt.Println(err, errors.Unwrap(err) != nil)
	fmt.Printf("%5d|%-5s|%x|%q\n", 42, "go", 255, "hi")
}
