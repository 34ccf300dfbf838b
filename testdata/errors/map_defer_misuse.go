// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a map[[]int]bool // ERROR "invalid map key type \[\]int"
	m := map[string]int{"a": 1, 2} // ERROR "missing key in map literal"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	var s []int
	delete(s, 1) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	x := &m["a"] // ERROR "invalid operation: cannot take address of m\[\x22a\x22\] \(map index expression of type int\)"
	_, _, _ = a, x, s
	f := func() {} // ERROR "declared and not used: f"
	f = 3 // ERROR "cannot use 3 \(untyped int constant\) as func\(\) value in assignment"
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
}
