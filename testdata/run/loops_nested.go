// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	last := 0
	for n := range 1000 {
		if isPrime(n) {
			count++
			last = n
		}
	}
	println("primes below 1000:", count, "largest:", last)
	for row := 1; row <= 4; row++ {
		for col := 1; col <= row; col++ {
			print(row*col, " ")
		}
		println()
	}
	longest, start := 0, 0
	for n := 1; n < 10000; n++ {
		steps := 0
		for x := n; x != 1; steps++ {
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
		}
		if steps > longest {
			longest, start = steps, n
		}
	}
	println("collatz", start, longest)
	var h uint32 = 2166136261
	for i := range 10 {
		h ^= uint32(i)
		h *= 16777619
	}
	println("fnv", h)
}
