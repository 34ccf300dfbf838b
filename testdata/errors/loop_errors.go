// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	for i := range 3.5 { // ERROR "cannot range over 3\.5 \(untyped float constant\)"
		println(i)
	}
	var f func()
	for x := range f { // ERROR "cannot range over f \(variable of type func\(\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count"
		println(x)
	}
	s := []int{1}
	for i, v := range s { // ERROR "declared and not used: v"
		println(i)
	}
}
