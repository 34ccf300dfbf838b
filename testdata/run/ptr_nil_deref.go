// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct{ v int }

func get(t *T) int { return t.v }

func main() {
	println(get(&T{3}))
	var t *T
	println(get(t))
}
