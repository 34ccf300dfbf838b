// Package main shows comments everywhere.
package main

import (
	"fmt" // line comment on import
	// a comment above an import
	"strings"
)

// Point is a point.
type Point struct {
	X int // the x
	Y int    /* the y */
	Name string // a longer name field
	// a comment inside
	Tags []string `json:"tags"` // tagged
}

/* block comment
   spanning lines
*/
func (p Point) String() string { // trailing after brace
	// leading comment in body
	return fmt.Sprintf("%d,%d", p.X, p.Y) // trailing
	// after last statement
}

const (
	A = 1 // one
	BB = 22 // twenty-two
	CCC = 333
	// comment before D
	D = 4
)

var x = 1 /* inline */ + 2

func main() {
	p := Point{X: 1, Y: 2} // make one
	/* before if */ if p.X > 0 {
		fmt.Println(p, strings.ToUpper("a")) // print
	}
	switch {
	// comment in switch
	case p.X == 1: // case comment
		fmt.Println("one")
	default:
		// nothing
	}
	_ = x
}
// trailing comment at end of file
