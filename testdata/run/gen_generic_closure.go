// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Counter[T ~int | ~float64](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	c := Counter(0.5)
	c()
	fmt.Println(c())
	calls := 0
	sq := Memo(func(x int) int { calls++; return x * x })
	fmt.Println(sq(4), sq(4), sq(5), calls)
}
