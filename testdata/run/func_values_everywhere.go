// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Op struct {
	Name string
	F    func(int, int) int
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func divmod(a, b int) (q, r int) {
	set := func() {
		q = a / b
		r = a % b
	}
	set()
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	ops := []Op{{"add", add}, {"mul", mul}, {"sub", func(a, b int) int { return a - b }}}
	for _, op := range ops {
		println(op.Name, apply(op.F, 7, 3))
	}
	table := map[string]func(int, int) int{"add": add, "mul": mul}
	println(table["mul"](6, 7), table["nope"] == nil, table["add"] != nil)

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	next, reset := counter()
	next()
	next()
	reset()
	println(next())

	// Captured variables are shared, and changes after the closure is made are seen.
	x := 1
	show := func() int { return x }
	x = 42
	println(show())
	setX := func(v int) { x = v }
	setX(7)
	println(x, show())

	// Nested closures capture through their enclosing literal.
	total := 0
	outer := func(n int) func() {
		return func() { total += n }
	}
	a, b := outer(10), outer(5)
	a()
	b()
	a()
	println(total)

	// Struct and string captures.
	type P struct{ X, Y int }
	p := P{1, 2}
	s := "go"
	mod := func() {
		p.X += 10
		s += "pher"
	}
	mod()
	println(p.X, p.Y, s)

	q, r := divmod(17, 5)
	println(q, r)

	var f func(...int) int = sum
	println(f(1, 2, 3), f())

	var nilf func()
	println(nilf == nil)
	fs := [3]func() string{}
	for i := range fs {
		fs[i] = func() string { return string(rune('a' + i)) }
	}
	println(fs[0]() + fs[1]() + fs[2]())

	// A closure that outlives its frame and much garbage.
	makers := []func() []int{}
	for i := 0; i < 5; i++ {
		buf := make([]int, 0, 4)
		makers = append(makers, func() []int {
			buf = append(buf, i)
			return buf
		})
	}
	for j := 0; j < 1000; j++ {
		_ = make([]byte, 4096)
	}
	makers[2]()
	println(len(makers[2]()), makers[2]()[2], len(makers[4]()))
}
