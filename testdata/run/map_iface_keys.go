// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Pt struct {
	X, Y int
	Tag  string
}

type Name string

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int8(1)] = "int8 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[1.5] = "float"
	m[true] = "bool"
	m[Pt{1, 2, "a"}] = "pt"
	m[[2]string{"x", "y"}] = "array"
	m[nil] = "nil"
	tag := "a"
	println(len(m), m[1], m[int8(1)], m["1"], m[Name("1")], m[1.5], m[true])
	println(m[Pt{1, 2, tag}], m[[2]string{"x", "y"}], m[nil], m[2] == "", m[int16(1)] == "")
	delete(m, Pt{1, 2, "a"})
	delete(m, 1)
	_, ok := m[1]
	println(len(m), ok)

	// Pointers in interfaces compare by identity.
	p, q := &Pt{}, &Pt{}
	m[p] = "p"
	m[q] = "q"
	println(m[p], m[q], len(m))

	shapes := map[Shape]int{}
	shapes[Sq{2}]++
	shapes[Sq{2}]++
	shapes[Sq{3}]++
	println(len(shapes), shapes[Sq{2}], shapes[Sq{3}])

	counts := map[any]int{}
	for _, v := range []any{1, "a", 1, 2.5, "a", 1} {
		counts[v]++
	}
	println(counts[1], counts["a"], counts[2.5])

	defer println("deferred before the panic")
	m[[]int{1}] = "boom"
}
