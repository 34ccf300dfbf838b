// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type P struct {
	x   int
	arr [3]int
	in  struct{ y int }
}

var global P

func get() *P { return &global }

func main() {
	p := &global.arr[1]
	*p = 5
	q := &global.in.y
	*q = 6
	println(global.arr[1], global.in.y)
	s := []int{1, 2, 3}
	e := &s[2]
	*e = 30
	println(s[2])
	r := &get().x
	*r = 9
	println(global.x)
	a := [2]P{}
	pa := &a[1].arr[2]
	*pa = 8
	println(a[1].arr[2])
	pp := &p
	**pp = 11
	println(global.arr[1])
	cl := &struct{ v int }{v: 3}
	println(cl.v)
	ptrs := []*int{new(int)}
	pi := &ptrs[0]
	**pi = 4
	println(*ptrs[0])
	sp := &[]string{"a"}[0]
	println(*sp)
}
