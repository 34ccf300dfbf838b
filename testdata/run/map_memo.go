// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func main() {
	println(fib(90), len(memo))
	println(fib(93))
	seen := map[uint64]bool{}
	x := uint64(7)
	steps := 0
	for !seen[x] {
		seen[x] = true
		x = x * x % 1000
		steps++
	}
	println(steps, x)
}
