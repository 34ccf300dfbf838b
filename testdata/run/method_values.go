// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Acc struct{ total int }

func (a *Acc) Add(x int) int { a.total += x; return a.total }
func (a Acc) Peek() int       { return a.total }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	a := &Acc{}
	add := a.Add
	add(3)
	add(4)
	println(a.total)
	peek := a.Peek
	a.Add(10)
	println(peek(), a.Peek())
	addExpr := (*Acc).Add
	addExpr(a, 100)
	peekExpr := Acc.Peek
	println(peekExpr(*a))
	var mul Op = func(x, y int) int { return x * y }
	println(mul.Apply(6, 7))
	fs := []func(int) int{a.Add, a.Add}
	for _, f := range fs {
		f(1)
	}
	println(a.total)
}
