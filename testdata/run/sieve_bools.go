// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	p := sieve(100)
	println(len(p), p[0], p[len(p)-1])
	for _, v := range p[:10] {
		print(v, " ")
	}
	println()
	println(len(sieve(100000)))
}
