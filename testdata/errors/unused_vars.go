// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func helper() (int, int) { return 1, 2 }

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	a, b := helper() // ERROR "declared and not used: b"
	println(a)
	for i := 0; i < 3; i++ {
		k := i // ERROR "declared and not used: k"
	}
	if v := 3; true { // ERROR "declared and not used: v"
	}
	var used int // ERROR "declared and not used: used"
	used = 2
	var w, q = 1, 2 // ERROR "declared and not used: q"
	println(w)
}
