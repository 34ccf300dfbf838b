package main

import (
	"fmt"
	"strings"
)

// Point is a place on the grid.
// It is comparable.
type Point struct {
	// X grows to the right.
	X, Y int
	name string
}

// Limit bounds every walk.
const Limit = 10

var origin = Point{}

// Dist is the Manhattan distance from the origin.
func (p *Point) Dist() int {
	return abs(p./*@hover*/X) + abs(p.Y)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func join(parts []string, sep string) (s string, n int) {
	return strings./*@hover*/Join(parts, sep), len(parts)
}

func main() {
	p := /*@hover*/Point{X: 3, Y: -4}
	/*@hover*/fmt.Println(p./*@hover*/Dist(), /*@hover*/Limit, /*@hover*/origin)
	s, _ := /*@hover*/join([]string{"a"}, ",")
	/*@hover*/println(/*@hover*/s, p./*@hover*/name, /*@hover*/abs)
}
