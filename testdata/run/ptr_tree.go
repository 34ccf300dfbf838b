// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Key)
	walk(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		root = insert(root, k)
	}
	walk(root, func(k int) { print(k, " ") })
	println()
	println("height", height(root))
}
