// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

type Key struct {
	A int
	B string
}

type Pt struct{ X, Y int }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 0: "a", 10: "j"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "": 0, "B": 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "x", -1: "y", math.Inf(1): "inf", math.Inf(-1): "-inf"})
	fmt.Println(map[uint8]bool{200: true, 3: false})
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "y": 2}, "a": {}})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]Pt{"p": {1, 2}, "o": {0, 0}}, map[string]Pt{"p": {1, 2}}, map[string]Pt{"p": {1, 2}})
	fmt.Printf("%d %x %q\n", map[int]int{2: 20, 1: 10}, map[string]int{"k": 255}, map[string]string{"a": "b"})
	fmt.Println(map[rune]int{'b': 1, 'a': 2}, map[int8]int{-3: 1, 2: 2})
	fmt.Println(map[*int]int{nil: 1}, len(map[int]int{}), map[int]int{})
	m := map[string]int{}
	for i := 0; i < 20; i++ {
		m[fmt.Sprint("k", i)] = i
	}
	fmt.Println(m)
	fmt.Printf("%6v|\n", map[string]int{"a": 1})
}
