// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

// Key types nested deeper than any bound: each named type wraps the previous one.
type L0 struct {
	name string
	w    float64
}
type L1 [2]L0
type L2 struct{ a, b L1 }
type L3 [1]L2
type L4 struct{ x L3 }
type L5 [1]L4
type L6 struct{ y L5 }
type L7 [1]L6
type L8 struct{ z L7 }
type L9 [1]L8

func key(s string, f float64) L9 {
	var k L9
	k[0].z[0].y[0].x[0].b[1] = L0{s, f}
	return k
}

func main() {
	m := map[L9]int{}
	m[key("a", 1)] = 1
	m[key("a", 1)]++
	m[key("b", 0)] = 5
	m[key("b", negZero())] += 2
	fmt.Println(len(m), m[key("a", 1)], m[key("b", 0)])
	deep := map[[1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1]string]bool{}
	var k [1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1]string
	k[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0] = "deep"
	deep[k] = true
	fmt.Println(len(deep), deep[k])
}

func negZero() float64 {
	z := 0.0
	return -z
}
