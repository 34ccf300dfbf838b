// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	for i := range 1.5 { // ERROR "cannot range over 1.5 \(untyped float constant\)"
		_ = i
	}
	var f func(func(int, int, int) bool)
	for a := range f { // ERROR "cannot range over f \(variable of type func\(func\(int, int, int\) bool\)\): func must be func\(yield func\(...\) bool\): yield func has too many parameters"
		_ = a
	}
	c := make(chan<- int)
	for v := range c { // ERROR "cannot range over c \(variable of type chan<- int\): receive from send-only channel chan<- int"
		_ = v
	}
	var x int8
	_ = x
	for x = range 300 { // ERROR "cannot use 300 \(untyped int constant\) as int8 value in range clause \(overflows\)"
	}
}
