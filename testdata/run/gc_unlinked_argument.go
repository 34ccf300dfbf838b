// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A pointer read from the heap for one argument must survive a later argument's call that
// unlinks it and collects: f(p.next, unlink(p)).

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
