// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Functions that are not iterators: gc's reasons.

type myBool bool

var (
	noArgs    func()
	twoArgs   func(func(int) bool, int)
	results   func(func(int) bool) int
	notFunc   func(int)
	tooMany   func(func(int, int, int) bool)
	noBool    func(func(int))
	intResult func(func(int) int)
	userBool  func(func(int) myBool)
	variadic  func(func(...int) bool)
)

func main() {
	for range noArgs { // ERROR "cannot range over noArgs \(variable of type func\(\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count"
	}
	for range twoArgs { // ERROR "cannot range over twoArgs \(variable of type func\(func\(int\) bool, int\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count"
	}
	for range results { // ERROR "cannot range over results \(variable of type func\(func\(int\) bool\) int\): func must be func\(yield func\(\.\.\.\) bool\): unexpected results"
	}
	for range notFunc { // ERROR "cannot range over notFunc \(variable of type func\(int\)\): func must be func\(yield func\(\.\.\.\) bool\): argument is not func"
	}
	for range tooMany { // ERROR "cannot range over tooMany \(variable of type func\(func\(int, int, int\) bool\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func has too many parameters"
	}
	for range noBool { // ERROR "cannot range over noBool \(variable of type func\(func\(int\)\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool"
	}
	for range intResult { // ERROR "cannot range over intResult \(variable of type func\(func\(int\) int\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool"
	}
	for range userBool { // ERROR "cannot range over userBool \(variable of type func\(func\(int\) myBool\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func returns user-defined boolean, not bool"
	}
	for range variadic { // ERROR "cannot range over variadic \(variable of type func\(func\(\.\.\.int\) bool\)\): yield func of type func\(\.\.\.int\) bool cannot be variadic"
	}
}
