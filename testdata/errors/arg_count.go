// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func f(a, b int) int { return a + b }
func g()              {}
func h(x int32) (int, int) { return 0, 0 }

func main() {
	println(f(1)) // ERROR "not enough arguments in call to f"
	println(f(1, 2, 3)) // ERROR "too many arguments in call to f"
	g(1) // ERROR "too many arguments in call to g"
	f() // ERROR "not enough arguments in call to f"
	println(f(h(1)))
	f(h(1), 2) // ERROR "multiple-value h\(1\) \(value of type \(int, int\)\) in single-value context"
}
