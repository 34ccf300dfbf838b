// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct {
	A int
	B string
}

type Small uint8

func main() {
	var nilp *Pair
	values := []any{
		0, 42, -7, int8(-128), uint8(200), Small(9), uint64(math.MaxUint64), int64(math.MinInt64),
		3.0, -0.5, 1e21, 1.5e-7, math.Inf(-1), math.NaN(), float32(2.25),
		"", "go", "héllo\n", true,
		[]int{1, -2}, []string{"a", "b c"}, []byte("hi"), [2]bool{true, false},
		Pair{1, "x"}, &Pair{2, "y"}, nilp, map[string]int{"k": 1, "a": 2},
		Celsius(21.5), errors.New("boom"), nil, 'x', []any{1, "s", nil},
	}
	verbs := []string{"v", "+v", "#v", "T", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s", "t", "w"}
	flags := []string{"", "5", "-6", "+", "#", " ", "08", ".2", "-8.3", "+010.1", "# x"}
	for _, v := range values {
		fmt.Printf("== %T\n", v)
		for _, verb := range verbs {
			line := ""
			for _, fl := range flags {
				if fl == "# x" && verb != "x" {
					continue
				}
				f := "%" + fl + verb
				if fl == "# x" {
					f = "%# x"
				}
				line += fmt.Sprintf("["+f+"]", v)
			}
			fmt.Println(verb, line)
		}
	}
}
