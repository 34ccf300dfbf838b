// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	var b byte = s // ERROR "cannot use s \(variable of type string\) as byte value in variable declaration"
	var n int = s[1] // ERROR "cannot use s\[1\] \(value of type byte\) as int value in variable declaration"
	t := s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	const c = "abc"
	println(c[5]) // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	var r rune = "x" // ERROR "cannot use \x22x\x22 \(untyped string constant\) as rune value in variable declaration"
	println(s, b, n, t, r)
}
