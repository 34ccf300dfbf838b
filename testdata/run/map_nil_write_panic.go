// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var m map[string]int
	println(m["a"], len(m))
	m["a"] = 1
	println("unreachable")
}
