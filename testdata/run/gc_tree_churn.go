// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A binary tree rebuilt many times: the live data stays small (one tree of 2^8 nodes),
// the program allocates about 5 MiB in total, several collections.
type Node struct {
	left, right *Node
	val         int
}

func build(d int, v int) *Node {
	if d == 0 {
		return &Node{val: v}
	}
	return &Node{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.val + sum(n.left) + sum(n.right)
}

func main() {
	keep := build(8, 1)
	want := sum(keep)
	total := 0
	for i := 0; i < 300; i++ {
		t := build(8, i)
		total += sum(t) % 1000
		if i%50 == 0 && sum(keep) != want {
			println("corrupted at", i)
		}
	}
	println(total, sum(keep) == want)
	var s []string
	for i := 0; i < 50000; i++ {
		x := "item" + string(rune('a'+i%26))
		if i%250 == 0 {
			s = append(s, x)
		}
	}
	println(len(s), s[0], s[199])
	words := make([][]byte, 0)
	for i := 0; i < 20000; i++ {
		b := make([]byte, 100)
		b[0] = byte(i)
		if i%2000 == 0 {
			words = append(words, b)
		}
	}
	ok := true
	for i, w := range words {
		if w[0] != byte(i*2000) {
			ok = false
		}
	}
	println(len(words), ok)
}
