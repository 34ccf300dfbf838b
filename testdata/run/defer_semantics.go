// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Acc struct{ log []string }

func (a *Acc) add(s string) { a.log = append(a.log, s) }

type P struct{ X int }

func (p P) show() { println("P", p.X) }

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func multi() (a int, s string) {
	defer func() {
		a++
		s += "!"
	}()
	a, s = 1, "x"
	return a + 10, s + "y"
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func args() {
	i := 1
	defer println("deferred i =", i)
	p := P{5}
	defer p.show()
	p.X = 6
	i = 2
	println("body i =", i)
}

func loop(a *Acc) {
	for i := 0; i < 3; i++ {
		defer a.add(string(rune('a' + i)))
	}
	a.add("body")
}

func early(n int) (s string) {
	defer func() { s = "[" + s + "]" }()
	if n > 0 {
		return "pos"
	}
	s = "nonpos"
	return
}

func nested() {
	defer println("outer 1")
	func() {
		defer println("inner")
	}()
	defer println("outer 2")
}

func variadic(xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println("sum", t)
}

func main() {
	println(double())
	println(multi())
	println(unnamed())
	args()
	a := &Acc{}
	loop(a)
	for _, s := range a.log {
		print(s, " ")
	}
	println()
	println(early(1), early(0))
	nested()
	func() {
		defer variadic(1, 2, 3)
		var f func(int) = func(n int) { println("value", n) }
		defer f(7)
		f = nil
	}()
	m := map[string]int{"k": 1}
	func() {
		defer delete(m, "k")
		println(len(m))
	}()
	println(len(m))
	defer println("main deferred runs before the panic message")
	var arr []int
	_ = arr[3]
}
