// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	groups := map[int][]string{}
	words := []string{"go", "wasm", "rust", "c", "zig", "js", "python"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for n := range 7 {
		if g, ok := groups[n]; ok {
			print(n, ":")
			for _, w := range g {
				print(" ", w)
			}
			println()
		}
	}
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 5
	println(nested["a"]["b"], nested["x"]["y"], len(nested))
	m := map[string]*int{}
	x := 1
	m["p"] = &x
	*m["p"] = 7
	println(x)
}
