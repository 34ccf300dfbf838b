// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	println(x, *p, p == &x)
	q := new(int)
	println(*q)
	*q = 5
	a, b := newInt(1), newInt(1)
	println(*a == *b, a == b)
	var list *Node
	for i := range 5 {
		list = &Node{i, list}
	}
	sum := 0
	for n := list; n != nil; n = n.Next {
		sum += n.Val
		print(n.Val, " ")
	}
	println(sum)
	pp := &p
	**pp = 42
	println(x)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	println(arr[1], len(ap))
	var np *Node
	println(np == nil)
}
