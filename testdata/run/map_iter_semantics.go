// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	// Deleting entries not yet reached: they are never produced.
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		seen++
		delete(m, k^1)
	}
	println(seen, len(m))

	// Deleting everything while iterating, and clear during iteration.
	d := map[string]int{"a": 1, "b": 2, "c": 3}
	n := 0
	for k := range d {
		delete(d, k)
		n++
	}
	println(n, len(d))
	e := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	n = 0
	for range e {
		clear(e)
		n++
	}
	println(n, len(e))

	// Inserting during iteration (new keys may or may not be seen) and growing the
	// map: every original key is seen exactly once.
	g := map[int]int{}
	for i := 0; i < 8; i++ {
		g[i] = 0
	}
	count := map[int]int{}
	for k := range g {
		if k < 8 {
			count[k]++
			for j := 0; j < 50; j++ {
				g[1000+k*100+j] = j
			}
		}
	}
	ok := true
	for i := 0; i < 8; i++ {
		if count[i] != 1 {
			ok = false
		}
	}
	println(ok, len(g))

	// Updating values during iteration is seen by later reads.
	u := map[string]int{"x": 1, "y": 2}
	for k, v := range u {
		u[k] = v * 10
	}
	println(u["x"], u["y"])

	// Iteration order is not insertion order: over many ranges, the first key varies.
	o := map[int]int{}
	for i := 0; i < 16; i++ {
		o[i] = i
	}
	firsts := map[int]bool{}
	for r := 0; r < 200; r++ {
		for k := range o {
			firsts[k] = true
			break
		}
	}
	println(len(firsts) > 1)

	// Nil maps: reads, len, range, delete and clear are fine.
	var nm map[string]int
	v, present := nm["x"]
	delete(nm, "x")
	clear(nm)
	for range nm {
		println("never")
	}
	println(v, present, len(nm), nm == nil)
}
