// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Vec struct{ X, Y Vec } // ERROR "invalid recursive type: Vec refers to itself"

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

type L struct {
	next *L
	kids []L
	m    map[string]L
}

type P struct{ q Q }
type Q struct{ n [3]int }

func main() {
	var v Vec
	var l L
	var p P
	println(v == v, l.next == nil, p.q.n[0])
}
