// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("G<%d>", g.n) }
func (g G) String() string   { return "str" }

type Wrapper struct {
	Inner G
	List  []G
}

type Level int

func (l Level) String() string { return "L" }

func main() {
	g := G{3}
	fmt.Printf("%v %s %#v %+v\n", g, g, g, g)
	fmt.Printf("%#v\n", Wrapper{g, []G{{1}, {2}}})
	fmt.Printf("%#v %#v %v\n", Level(2), []Level{1}, Level(2))
	fmt.Printf("%#v\n", &g)
	fmt.Printf("%#v\n", map[string]G{"a": {5}})
}
