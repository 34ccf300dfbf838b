// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// return from inside range-over-func loops: values, named results, bare returns,
// nested loops, and functions with deferred calls.

type pair struct {
	a, b int
}

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("seq done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func firstPair(target int) (int, int, bool) {
	for i := range seq(5) {
		for j := range seq(5) {
			if i*j == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func named(limit int) (n int, s string) {
	s = "none"
	for i := range seq(10) {
		n += i
		if n > limit {
			s = "over"
			return
		}
	}
	return n, "all"
}

func withDefer() (r int) {
	defer func() { r *= 10 }()
	for i := range seq(4) {
		if i == 2 {
			return i + 1
		}
	}
	return -1
}

func structResult() pair {
	for i := range seq(3) {
		if i == 1 {
			p := pair{i, i * 2}
			return p
		}
	}
	return pair{}
}

func strResult(words []string) string {
	for i := range seq(len(words)) {
		if len(words[i]) > 3 {
			return "long: " + words[i]
		}
	}
	return "none"
}

func multi() (int, error) {
	return 7, nil
}

func tupleReturn() (int, error) {
	for range seq(2) {
		return multi()
	}
	return 0, nil
}

func main() {
	i, j, ok := firstPair(6)
	println(i, j, ok)
	i, j, ok = firstPair(100)
	println(i, j, ok)
	n, s := named(5)
	println(n, s)
	n, s = named(100)
	println(n, s)
	println(withDefer())
	println(structResult().a, structResult().b)
	println(strResult([]string{"a", "bb", "cccc"}))
	v, err := tupleReturn()
	println(v, err == nil)
	f := func() int {
		for i := range seq(3) {
			if i == 2 {
				return i * 100
			}
		}
		return 0
	}
	println(f())
}
