// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func one() int          { return 1 }
func two() (int, int)   { return 1, 2 }
func none()             {}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var d, e, f = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var g int = none() // ERROR "none\(\) \(no value\) used as value"
	var h, i int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var j, k int
	j, k = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	println(a, b, c, d, e, f, g, h, i, j, k)
}
