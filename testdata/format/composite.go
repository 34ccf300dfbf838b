package main

type P struct{ X, Y int }

func main() {
	a := []int{1,2,3}
	b := []int{
		1,
		2,
		3}
	c := [][]int{{1, 2}, {3,4},
		{5, 6}}
	d := map[string]P{"a": {1, 2}, "b": P{X: 3, Y: 4}}
	e := []P{
		{1, 2},
		{X: 3,
			Y: 4},
	}
	f := &P{X:1,Y:2}
	g := [...]string{"x", "y",}
	h := struct{ A int; B string }{1, "b"}
	i := []interface{}{1, "two", 3.0, nil}
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
