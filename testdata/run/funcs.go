// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func swap(a, b int) (int, int) { return b, a }

func main() {
	println(fib(20))
	q, r := divmod(17, 5)
	println(q, r)
	println(isEven(10), isOdd(7))
	x, y := swap(1, 2)
	println(x, y)
	x, y = y, x
	println(x, y)
}
