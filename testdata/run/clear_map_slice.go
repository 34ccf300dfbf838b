// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	clear(m)
	println(len(m))
	m["d"] = 4
	println(len(m), m["d"], m["a"])
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	println(s[0], s[1], s[2], s[3], len(t))
	var nm map[int]bool
	clear(nm)
	var ns []string
	clear(ns)
	println(len(nm), len(ns))
	ps := []*int{new(int), new(int)}
	clear(ps)
	println(ps[0] == nil, ps[1] == nil)
	type P struct {
		x int
		s string
	}
	st := []P{{1, "a"}, {2, "b"}}
	clear(st[:1])
	println(st[0].x, st[0].s == "", st[1].x, st[1].s)
}
