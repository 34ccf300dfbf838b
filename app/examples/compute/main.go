package main

// Loops and 64-bit arithmetic, for timing the browser's engine. spin never
// returns: the step budget (a setting) stops it, and the page stays usable.

//go:wasmexport count_primes
func countPrimes(limit int32) int32 {
	count := int32(0)
	for n := int32(2); n < limit; n++ {
		prime := true
		for d := int32(2); d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

//go:wasmexport fib
func fib(n int32) uint64 {
	a, b := uint64(0), uint64(1)
	for i := int32(0); i < n; i++ {
		a, b = b, a+b
	}
	return a
}

//go:wasmexport collatz_steps
func collatzSteps(n int64) int32 {
	steps := int32(0)
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

//go:wasmexport spin
func spin() int32 {
	x := int32(0)
	for {
		x++
	}
}

func main() {}
