// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Node struct {
	Val      int
	Children []*Node
}

func (n *Node) String() string {
	if n == nil {
		return "()"
	}
	parts := []string{fmt.Sprint(n.Val)}
	for _, c := range n.Children {
		parts = append(parts, c.String())
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func main() {
	m := Matrix{{1, 2.5}, {-3.25, 100}}
	fmt.Print(m)
	fmt.Printf("%v", m)
	t := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}}
	fmt.Println(t)
	fmt.Printf("%v %s\n", t, t.Children)
	var nn *Node
	fmt.Println(nn.String(), nn)
	out := make([]string, 0)
	for i := 0; i < 3; i++ {
		out = append(out, fmt.Sprintf("%d:%q", i, strings.Repeat("z", i)))
	}
	fmt.Println(strings.Join(out, ", "))
}
