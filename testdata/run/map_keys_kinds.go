// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type P struct {
	X, Y int
	Name string
}

type Grid [3]int8

type F struct {
	A float64
	B bool
}

func main() {
	// Struct keys with strings inside: hashed by content, not by address.
	m := map[P]int{}
	a := "ab"
	b := "a"
	b += "b"
	m[P{1, 2, a}] = 10
	m[P{1, 2, b}] += 5
	println(len(m), m[P{1, 2, "ab"}], m[P{2, 1, "ab"}])

	// Array keys.
	g := map[Grid]string{}
	g[Grid{1, 2, 3}] = "x"
	g[Grid{-1, 0, 1}] = "y"
	println(len(g), g[Grid{1, 2, 3}], g[Grid{-1, 0, 1}], g[Grid{}] == "")

	// Float keys: +0 and -0 are one key; NaN never matches.
	fm := map[float64]int{}
	z := 0.0
	fm[z] = 1
	fm[-z] += 1
	nan := z / z
	fm[nan] = 3
	fm[nan] = 4
	_, ok := fm[nan]
	println(len(fm), fm[0], ok)
	f32 := map[float32]bool{1.5: true}
	println(f32[1.5], f32[2.5])

	// Struct keys with floats and bools.
	sf := map[F]int{{1.5, true}: 1, {1.5, false}: 2}
	sf[F{-z, true}] = 3
	println(len(sf), sf[F{1.5, true}], sf[F{1.5, false}], sf[F{0, true}])

	// Pointer keys: identity.
	p1, p2 := new(int), new(int)
	pm := map[*int]string{p1: "one", p2: "two"}
	println(pm[p1], pm[p2], len(pm), pm[nil] == "")

	// Small integer and bool keys.
	bm := map[bool]int{}
	bm[true]++
	bm[true]++
	bm[false]--
	println(bm[true], bm[false])
	i8 := map[int8]int{-1: 1, 127: 2, -128: 3}
	println(i8[-1], i8[127], i8[-128], len(i8))
	u16 := map[uint16]string{65535: "max"}
	println(u16[65535], u16[0] == "")
	r := map[rune]int{}
	for _, c := range "hello, wörld" {
		r[c]++
	}
	println(r['l'], r['o'], r['ö'], len(r))
}
