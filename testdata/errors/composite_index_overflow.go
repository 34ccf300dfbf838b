// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	d := [...]string{2: "two", 05555555555555555555555: "zero"} // ERROR "05555555555555555555555 \(untyped int constant 52704983067741576045\) overflows int"
	s := []int{1 << 63: 1} // ERROR "1 << 63 \(untyped int constant 9223372036854775808\) overflows int"
	println(len(d), len(s))
}
