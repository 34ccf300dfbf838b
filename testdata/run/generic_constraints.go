// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Ordered interface {
	~int | ~int8 | ~int64 | ~uint | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.v)
	}
	return out
}

type Score int8

func main() {
	ints := []int{3, 1, 2}
	SortSlice(ints)
	strs := []string{"b", "c", "a"}
	SortSlice(strs)
	scores := []Score{5, -3, 0}
	SortSlice(scores)
	println(ints[0], ints[2], strs[0], strs[2], scores[0], scores[2])
	println(Index(strs, "c"), Index([]float64{1.5}, 2))
	var l List[string]
	l.Push("x")
	l.Push("y")
	all := l.All()
	println(l.n, all[0], all[1])
}
