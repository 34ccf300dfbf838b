// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Control flow inside exports: loops, switch, labeled break.

//go:wasmexport collatz
func collatz(n uint64) int32 {
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

//go:wasmexport count_primes
func countPrimes(limit int32) int32 {
	count := int32(0)
Next:
	for n := int32(2); n < limit; n++ {
		for d := int32(2); d*d <= n; d++ {
			if n%d == 0 {
				continue Next
			}
		}
		count++
	}
	return count
}

//go:wasmexport classify
func classify(x float64) int32 {
	switch {
	case x != x:
		return -2
	case x < 0:
		return -1
	case x == 0:
		return 0
	default:
		return 1
	}
}

//go:wasmexport digits
func digits(n uint32) int32 {
	d := int32(1)
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

func main() {}
