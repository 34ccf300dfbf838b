// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Gen func() (int, bool)

func fromSlice(s []int) Gen {
	i := 0
	return func() (int, bool) {
		if i >= len(s) {
			return 0, false
		}
		i++
		return s[i-1], true
	}
}

func mapGen(g Gen, f func(int) int) Gen {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func takeWhile(g Gen, p func(int) bool) Gen {
	done := false
	return func() (int, bool) {
		if done {
			return 0, false
		}
		v, ok := g()
		if !ok || !p(v) {
			done = true
			return 0, false
		}
		return v, true
	}
}

func main() {
	g := takeWhile(mapGen(fromSlice([]int{1, 2, 3, 4, 5, 6}), func(x int) int { return x * x }), func(x int) bool { return x < 20 })
	for v, ok := g(); ok; v, ok = g() {
		print(v, " ")
	}
	println()
	v, ok := g()
	println(v, ok)
}
