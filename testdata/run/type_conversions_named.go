// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Meters float64
type Feet float64
type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Bytes []byte
type Runes []rune

func main() {
	m := Meters(100)
	f := Feet(m * 3.28084)
	println(float64(f))
	p := Point{1, 2}
	v := Vec(p)
	println(v.X, v.Y)
	b := Bytes("hi")
	println(len(b), string(b))
	r := Runes("héllo")
	println(len(r), string(r[1]))
	arr := [3]int{1, 2, 3}
	s := arr[:]
	a2 := [3]int(s)
	a2[0] = 9
	println(arr[0], a2[0])
	ap := (*[2]int)(s)
	ap[1] = 20
	println(arr[1])
}
