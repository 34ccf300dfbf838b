// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// gc evaluates arguments with calls first: in use(p.next, unlink(p)) p.next is read after
// unlink set it to nil (and no pointer is held across unlink's collections).

type Node struct {
	v    int
	next *Node
	pad  [8]int
}

var head *Node

func unlink(p *Node) int {
	n := p.next
	p.next = nil
	// Allocate a lot so that a collection runs here.
	s := 0
	for i := 0; i < 2000; i++ {
		x := &Node{v: i}
		s += x.v
	}
	_ = n
	return s
}

func use(n *Node, s int) int {
	// Reuse freed memory if n was collected.
	for i := 0; i < 2000; i++ {
		x := &Node{v: -1}
		_ = x
	}
	return n.v + n.pad[3]
}

func main() {
	total := 0
	for round := 0; round < 50; round++ {
		p := &Node{v: 1}
		p.next = &Node{v: 1000 + round}
		p.next.pad[3] = 7
		total += use(p.next, unlink(p))
	}
	println(total)
}
