// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const s = "abc"

func main() {
	const x = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
	const f = 1.5
	var a [f]int // ERROR "array length f \(untyped float constant 1\.5\) must be integer"
	const m = map[string]int{} // ERROR "map\[string\]int\{\} \(value of type map\[string\]int\) is not constant"
	const p = &s // ERROR "invalid operation: cannot take address of s \(untyped string constant \x22abc\x22\)"
	println(x, a, m, p)
}
