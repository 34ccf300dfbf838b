// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct {
	_ int
	a int
	_ string
	b int
}

func (T) _() {}

func (T) _() {}

var _ = initMsg()

func initMsg() int {
	println("package var init")
	return 0
}

func pair() (int, string) { return 7, "seven" }

func main() {
	t := T{a: 1, b: 2}
	println(t.a, t.b)
	u := t
	println(u == t)
	_ = t
	_, s := pair()
	n, _ := pair()
	println(n, s)
	var _ int = 5
	for _, _ = range []int{1, 2} {
	}
	m := map[string]int{"k": 1}
	_, ok := m["k"]
	println(ok)
	_ = func() int { return 1 }()
}
