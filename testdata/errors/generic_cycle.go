// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func grow[T any](n int, x T) int { // ERROR "instantiation cycle"
	if n == 0 {
		return 0
	}
	return grow[[]T](n-1, nil)
}

func main() {
	println(grow(3, 1))
}
