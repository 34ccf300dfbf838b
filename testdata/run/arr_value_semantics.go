// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[1] = 200 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	println(a[0], b[0])
	c := modify(a)
	println(a[0], c[0])
	modifyPtr(&a)
	println(a[1])
	println(a == [3]int{1, 200, 3}, a != b)
	var z [4]bool
	println(len(z), z[3])
	d := [...]string{2: "two", 0: "zero"}
	println(len(d), d[0], d[1] == "", d[2])
	for i, v := range a {
		a[2] = 99
		println(i, v)
	}
	println(a[2])
	p := &a
	for i := range p {
		p[i] *= 2
	}
	println(a[0], a[1], a[2], len(p))
}
