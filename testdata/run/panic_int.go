// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// panic with values of basic types: gc prints the value, with the type for named types.

type Code int32

func check(n int) {
	if n == 3 {
		panic(Code(-42))
	}
	println("checked", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
