// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

type pt struct {
	x, y float64
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{0: "zero"}
	m[negz] = "negative zero"
	for k, v := range m {
		fmt.Println(k, v, math.Signbit(k))
	}
	f32 := map[float32]int{}
	f32[float32(negz)] = 1
	f32[0]++
	for k, v := range f32 {
		fmt.Println(k, v, math.Signbit(float64(k)))
	}
	ps := map[pt]int{{0, 1}: 1}
	ps[pt{negz, 1}] += 2
	fmt.Println(ps)
	ia := map[any]int{0.0: 1}
	ia[negz] += 5
	for k, v := range ia {
		fmt.Println(k, v)
	}
	c := map[complex128]bool{}
	c[complex(negz, negz)] = true
	c[0] = false
	fmt.Println(c)
}
