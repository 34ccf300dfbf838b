// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	other, _ := counter()
	println(other(), next())
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	println(x)
	fns := make([]func() int, 0)
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		print(f(), " ")
	}
	println()
	var shared int
	incs := []func(){}
	for range 3 {
		incs = append(incs, func() { shared++ })
	}
	for _, f := range incs {
		f()
	}
	println(shared)
}
