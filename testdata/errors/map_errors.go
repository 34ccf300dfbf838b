// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	m := map[[]int]string{} // ERROR "invalid map key type \[\]int"
	n := map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \x22a\x22 in map literal"
	var k map[string]int
	k[1] = 2 // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	v, ok, z := n["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	p := &n["a"] // ERROR "invalid operation: cannot take address of n\[\x22a\x22\] \(map index expression of type int\)"
	println(m, v, ok, z, p)
}
