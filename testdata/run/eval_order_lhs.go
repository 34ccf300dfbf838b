// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func ok(s string) int { println(s); return len(s) }

func main() {
	m := map[int]int{ok("k"): ok("vv"), ok("k2x"): ok("v2xx")}
	m[ok("a")] = ok("bb")
	println(len(m))
}

func init() {
	m := map[string]int{}
	m[key("x")] += 5
	m[key("x")]++
	s := []int{0, 0}
	s[idx()] += 2
	println(m["x"], s[1])
}

func key(s string) string { println("key", s); return s }
func idx() int { println("idx"); return 1 }
