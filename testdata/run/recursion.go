// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
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

func gcd(a, b int64) int64 {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	println(fib(0), fib(1), fib(10), fib(25))
	println(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
	println(isEven(10), isOdd(7), isEven(1001))
	println(gcd(1071, 462), gcd(-48, 18))
	println(fact(20), fact(21), fact(25))
	println(depth(1000))
}
