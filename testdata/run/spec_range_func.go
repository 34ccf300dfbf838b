// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Range over functions, after the Go specification's examples.

// iteration support for a recursive tree data structure
type Tree[K cmpable, V any] struct {
	left, right *Tree[K, V]
	key         K
	value       V
}

type cmpable interface{ ~int | ~string }

func (t *Tree[K, V]) walk(yield func(key K, val V) bool) bool {
	return t == nil || t.left.walk(yield) && yield(t.key, t.value) && t.right.walk(yield)
}

func (t *Tree[K, V]) Walk(yield func(key K, val V) bool) {
	t.walk(yield)
}

func main() {
	// fibo generates the Fibonacci sequence
	fibo := func(yield func(x int) bool) {
		f0, f1 := 0, 1
		for yield(f0) {
			f0, f1 = f1, f0+f1
		}
	}

	// print the Fibonacci numbers below 1000:
	for x := range fibo {
		if x >= 1000 {
			break
		}
		print(x, " ")
	}
	println()

	var t = &Tree[int, string]{key: 2, value: "two"}
	t.left = &Tree[int, string]{key: 1, value: "one"}
	t.right = &Tree[int, string]{key: 3, value: "three"}
	for k, v := range t.Walk {
		println(k, v)
	}
}
