// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type K struct {
	a int
	s string
}

type ID int

func main() {
	m := map[any]int{}
	m[1] = 1
	m["one"] = 2
	m[K{1, "x"}] = 3
	m[ID(1)] = 4
	m[1.5] = 5
	m[nil] = 6
	var p *int
	m[p] = 7
	fmt.Println(len(m), m[1], m["one"], m[K{1, "x"}], m[ID(1)], m[1.5], m[nil], m[p], m[int64(1)])
	m[1] += 10
	delete(m, "one")
	_, ok := m["one"]
	fmt.Println(m[1], ok, len(m))
	type E interface{ Error() string }
	sets := map[interface{ String() string }]bool{}
	fmt.Println(len(sets))
	m[[]int{1}] = 9
}
