// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for x > 0 {
		return x
	}
} // ERROR "missing return"

func c(x int) (r int) {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func e() int {
	for {
	}
}

func f(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func g(x bool) bool {
	for {
		if x {
			break
		}
	}
} // ERROR "missing return"

func main() {
	println(a(1), b(1), c(1), d(1), e(), f(1), g(true))
}
