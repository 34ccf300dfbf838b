// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Deleting during range is allowed; entries added during range may or may not be
// visited, so only deletions are used here.

func main() {
	m := map[int]bool{}
	for i := range 100 {
		m[i] = i%3 == 0
	}
	for k, keep := range m {
		if !keep {
			delete(m, k)
		}
	}
	sum := 0
	for k := range m {
		sum += k
	}
	println(len(m), sum)
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	type entry struct{ hits int }
	em := map[string]*entry{"a": {1}}
	em["a"].hits++
	println(em["a"].hits)
	vm := map[string]entry{"a": {1}}
	e := vm["a"]
	e.hits += 10
	vm["a"] = e
	println(vm["a"].hits)
}
