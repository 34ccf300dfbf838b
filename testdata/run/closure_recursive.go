// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(n int, f func(int) int, x int) int {
	for range n {
		x = f(x)
	}
	return x
}

func main() {
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	println(compose(double, inc)(5), compose(inc, double)(5))
	println(apply(10, double, 1))
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		adders[string(rune('a'+n%26))] = func(x int) int { return x + n }
	}
	println(adders["b"](1), adders["k"](1), adders["w"](1))
	gen := func() func() (int, bool) {
		a, b := 0, 1
		return func() (int, bool) {
			a, b = b, a+b
			return a, a < 50
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		print(v, " ")
	}
	println()
	var nilFunc func()
	println(nilFunc == nil)
}
