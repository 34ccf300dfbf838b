// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Celsius float64
type Name string
type ID int
type IDs []int
type M map[string]bool

func main() {
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1, int8(-3), int64(1<<40), uint(31), uint8(255))
	fmt.Printf("%#v %#v %#v\n", uint16(0), uintptr(4096), uint64(math.MaxUint64))
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 1.5, 1e6, 1e21, 1e-7)
	fmt.Printf("%#v %#v %#v %#v\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1))
	fmt.Printf("%#v %#v\n", float32(0.1), float32(2))
	fmt.Printf("%#v %#v %#v\n", "hi\n", "", "tab\there")
	fmt.Printf("%#v %#v\n", true, false)
	fmt.Printf("%#v %#v\n", 'x', byte('x'))
	fmt.Printf("%#v %#v %#v %#v\n", Celsius(21.5), Name("bob"), ID(4), IDs{1, 2})
	fmt.Printf("%#v\n", M{"k": true})
	fmt.Printf("%#v %#v\n", []byte("hi"), []byte(nil))
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]int(nil), []int{})
	var e error
	var a any
	fmt.Printf("%#v %#v\n", e, a)
	fmt.Printf("%#v\n", errors.New("boom"))
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, true})
	fmt.Printf("%#v\n", map[string]any{"x": 1, "y": nil})
	fmt.Printf("%#v\n", [3]string{"a"})
	fmt.Printf("%#v\n", [][]int{{1}, nil, {}})
	fmt.Printf("%#v\n", map[int][]string{2: {"b"}, 1: {"a"}})
}
