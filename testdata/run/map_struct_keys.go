// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Point struct{ X, Y int }

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	println(len(visits), visits[Point{0, 0}], visits[Point{1, 1}], visits[Point{2, 2}])
	type key struct {
		name string
		id   int
	}
	m := map[key]bool{{"a", 1}: true}
	println(m[key{"a", 1}], m[key{"a", 2}])
	arrKey := map[[2]int]string{{1, 2}: "one-two"}
	println(arrKey[[2]int{1, 2}])
	var iface = map[any]int{1: 1, "1": 2, 1.0: 3, true: 4}
	println(iface[1], iface["1"], iface[1.0], iface[true], len(iface))
}
