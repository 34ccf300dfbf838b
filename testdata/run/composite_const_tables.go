// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type rng struct {
	lo, hi uint16
	stride uint16
}

type caseRange struct {
	lo, hi uint32
	delta  [3]rune
}

type mixed struct {
	a int8
	b float32
	c bool
	d int64
	e uint8
}

var ranges = []rng{{0x41, 0x5a, 1}, {0x61, 0x7a, 1}, {0xaa, 0xb5, 11}, {0xba, 0xba, 1}, {0xc0, 0xd6, 1}}

var cases = []caseRange{
	{0x41, 0x5a, [3]rune{0, 32, 0}},
	{0x61, 0x7a, [3]rune{-32, 0, -32}},
	{0xb5, 0xb5, [3]rune{743, 0, 743}},
	{0x10400, 0x10427, [3]rune{0, 40, 0}},
}

var pow10 = [...][2]uint64{
	{0x1732c869cd60e453, 0xfa8fd5a0081c0288},
	{0x0e7fbf49d8e3a6f9, 0x9c99e58405118195},
	{0x921c04e4a3e7b45e, 0xc3c05ee50655e1fa},
	{0xf6a30bbe8ab6a0c2, 0xf4b0769e47eb5a78},
}

var sparse = [10]int16{2: -7, 5: 300, 9: -32768, 3: 1}

var floats = []float64{0.1, -2.5, 1e300, 5e-324}

var small = []float32{0.1, 16777217, -0.0, 3.4e38}

var mixes = [4]mixed{{-1, 1.5, true, -1 << 62, 255}, {a: 3, d: 7}, {c: true}, {b: -0.25, e: 1}}

var zeros = []int{0, 0, 0, 0, 0}

var bools = []bool{true, false, true, true}

func fresh() []int {
	return []int{10, 20, 30, 40, 50}
}

func main() {
	fmt.Println(ranges, len(ranges), cap(ranges))
	fmt.Println(cases)
	fmt.Printf("%x\n", pow10)
	fmt.Println(sparse, floats, small, zeros, bools)
	fmt.Printf("%+v\n", mixes)
	a := fresh()
	a[0] = 99
	b := fresh()
	fmt.Println(a, b)
	for i := 0; i < 3; i++ {
		t := [5]byte{'a', 'b', 'c', 'd', byte('0' + i)}
		t[1] = 'X'
		fmt.Println(string(t[:]))
	}
	ranges[0].hi = 0x5b
	fmt.Println(ranges[0], fresh()[4])
	local := [...]uint32{1: 0xdeadbeef, 6: 0xffffffff, 0, 7}
	fmt.Println(local, len(local))
	p := &[4]int8{-128, 127, -1, 0}
	p[3] = 5
	fmt.Println(*p)
}
