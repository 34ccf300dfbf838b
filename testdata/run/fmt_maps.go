// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	n := map[int][]string{3: {"x"}, -1: nil, 2: {"a", "b"}}
	fmt.Printf("%v %d\n", n, map[int8]int{5: 1, -5: 2})
	var nm map[string]bool
	fmt.Println(nm, len(nm), map[bool]float64{true: 1.5, false: -2})
	fmt.Println(map[P]string{{1, 2}: "p"}, map[string]P{"k": {3, 4}})
	fmt.Printf("%+v\n", map[string]P{"k": {3, 4}})
	fmt.Println(map[float64]int{2.5: 1, -1: 2}, map[uint]uint{10: 1, 2: 2})
}
