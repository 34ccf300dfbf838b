// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Iteration variables of ranges over funcs: how many the iterator permits, and their
// types.

var (
	seq0 func(func() bool)
	seq1 func(func(int) bool)
	seq2 func(func(int, string) bool)
)

func main() {
	for x := range seq0 { // ERROR "range over seq0 \(variable of type func\(func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for x, y := range seq1 { // ERROR "range over seq1 \(variable of type func\(func\(int\) bool\)\) permits only one iteration variable"
		_, _ = x, y
	}
	var s string
	for s = range seq1 { // ERROR "cannot use s \(value of type int\) as string value in assignment"
	}
	for _, s = range seq2 {
	}
	for i, s := range seq2 {
		var b bool = i // ERROR "cannot use i \(variable of type int\) as bool value in variable declaration"
		_, _ = b, s
	}
	_ = s
}
