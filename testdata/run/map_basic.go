// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["three"], m["missing"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zero"]
	println(v, ok)
	delete(m, "one")
	delete(m, "not there")
	_, ok = m["one"]
	println(len(m), ok)
	m["two"] += 40
	m["new"]++
	println(m["two"], m["new"])
	var nilMap map[string]bool
	println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	counts := make(map[rune]int)
	for _, r := range "hello world" {
		counts[r]++
	}
	println(counts['l'], counts['o'], counts[' '], counts['z'], len(counts))
}
