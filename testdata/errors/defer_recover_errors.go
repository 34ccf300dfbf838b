// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	defer recover // ERROR "expression in defer must be function call"
	defer func() {} // ERROR "expression in defer must be function call"
	r := recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2) // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	println(r)
}
