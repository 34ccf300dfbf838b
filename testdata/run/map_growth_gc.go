// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var h *Node
	for i := 0; i < n; i++ {
		h = &Node{i, h}
	}
	return h
}

func sum(h *Node) int {
	s := 0
	for ; h != nil; h = h.Next {
		s += h.Val
	}
	return s
}

func main() {
	// Growth from empty through many doublings, with deletes leaving tombstones.
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i] = i * 2
	}
	for i := 0; i < 100000; i += 2 {
		delete(m, i)
	}
	s := 0
	for k, v := range m {
		s += k + v
	}
	println(len(m), s, m[99999], m[2])

	// Churn: insert and delete far more than ever live at once.
	c := map[int]string{}
	for i := 0; i < 200000; i++ {
		c[i] = "v"
		if i >= 10 {
			delete(c, i-10)
		}
	}
	println(len(c))

	// Maps holding the only pointers to live data while much garbage is made.
	lists := map[string]*Node{}
	slices := map[int][]int{}
	for round := 0; round < 50; round++ {
		key := "list" + string(rune('a'+round%26))
		lists[key] = build(1000)
		slices[round%7] = append(slices[round%7], round)
		junk := make([]byte, 100000)
		junk[0] = 1
	}
	total := 0
	for _, l := range lists {
		total += sum(l)
	}
	n := 0
	for _, s := range slices {
		n += len(s)
	}
	println(len(lists), total, n, len(slices[0]), slices[0][0], slices[6][1])

	// Maps of maps.
	mm := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		outer, inner := w[:1], w[2:]
		if mm[outer] == nil {
			mm[outer] = map[string]int{}
		}
		mm[outer][inner]++
	}
	println(len(mm), mm["a"]["x"], mm["a"]["y"], mm["b"]["x"], mm["c"]["x"])
}
