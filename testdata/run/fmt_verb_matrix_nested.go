// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c *Code) String() string { return "code" }

type Small uint8

type VErr string

func (v VErr) Error() string { return "verr " + string(v) }

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Inner
	Temp  Celsius
	hid   Celsius
	Err   error
	Any   any
	M     map[Small]Celsius
	P     *Inner
	Codes []Code
}

func main() {
	values := []any{
		Outer{Inner: Inner{1, []string{"t"}}, Temp: 20, hid: 5, Err: VErr("e"), Any: 2.5, M: map[Small]Celsius{2: 1, 1: -3}, Codes: []Code{7}},
		Outer{},
		[]error{nil, VErr("x")},
		[][]int{{1, 2}, nil, {}},
		[]*Inner{nil},
		map[string][]Celsius{"b": {1}, "a": nil},
		[]float64{math.NaN(), math.Inf(1), -0.0, 1e100},
		[]any{nil, 1, "s", Celsius(3), []int{4}},
		struct {
			a int
			B []byte
		}{1, []byte("z")},
		[3]Small{65, 66, 127},
		map[Celsius]bool{2: true, 1: false},
		[]Code{1, 2},
		&[]Celsius{1.25},
		&map[int]string{1: "one"},
	}
	verbs := []string{"v", "+v", "#v", "d", "x", "X", "q", "s", "e", "g", "t"}
	flags := []string{"", "6", "-5", "+", "#", " ", "07", ".1"}
	for _, v := range values {
		fmt.Printf("== %T\n", v)
		for _, verb := range verbs {
			line := ""
			for _, fl := range flags {
				line += fmt.Sprintf("[%"+fl+verb+"]", v)
			}
			fmt.Println(verb, line)
		}
	}
}
