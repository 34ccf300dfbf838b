// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	a := [3]int{1, 2, 3}
	println(a[5]) // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	s := []int{1, 2}
	println(s[-1]) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	var m []string = s // ERROR "cannot use s \(variable of type \[\]int\) as \[\]string value in variable declaration"
	x := append(s, "x") // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in argument to append"
	println(s == s) // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	var arr [2]int = [3]int{} // ERROR "cannot use \[3\]int\{\} \(value of type \[3\]int\) as \[2\]int value in variable declaration"
	println(len(s, 1), m, x, arr) // ERROR "invalid operation: too many arguments for len\(s, 1\) \(expected 1, found 2\)"
}
