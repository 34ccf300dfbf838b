// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type word struct {
	w string
	n int
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox and the dog are friends a b c d e f g h i j k"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	var ws []word
	for _, w := range strings.Fields(text) {
		if counts[w] > 0 {
			ws = append(ws, word{w, counts[w]})
			counts[w] = 0
		}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].n > ws[j].n })
	fmt.Println(ws)
	ls := []string{"bb", "a", "ccc", "dd", "e", "fff", "gg", "h", "ii", "jjj", "k", "ll", "mmm", "n", "oo", "p"}
	sort.Slice(ls, func(i, j int) bool { return len(ls[i]) < len(ls[j]) })
	fmt.Println(ls)
	fs := []float64{3, 1, 2, 1, 3, 2, 1, 0.5, 2, 3, 1, 2, 3, 0.5, 1}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return fs[idx[i]] < fs[idx[j]] })
	fmt.Println(idx)
	sort.SliceStable(idx, func(i, j int) bool { return idx[i]%3 < idx[j]%3 })
	fmt.Println(idx)
}
