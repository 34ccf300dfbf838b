// A generic list used with ten element types: what each instance costs, and what sharing
// bodies among instances of the same code saves (int, ID, Count and int64 lower alike, as do
// string and Name, and the two pointer types). tools/generics.py builds it both ways.
package main

type List[T comparable] struct {
	items []T
}

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

func (l *List[T]) Pop() (T, bool) {
	var zero T
	if len(l.items) == 0 {
		return zero, false
	}
	x := l.items[len(l.items)-1]
	l.items = l.items[:len(l.items)-1]
	return x, true
}

func (l *List[T]) Len() int { return len(l.items) }

func (l *List[T]) Index(x T) int {
	for i, y := range l.items {
		if y == x {
			return i
		}
	}
	return -1
}

func (l *List[T]) Insert(i int, x T) {
	l.items = append(l.items, x)
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = x
}

func (l *List[T]) Remove(i int) T {
	x := l.items[i]
	l.items = append(l.items[:i], l.items[i+1:]...)
	return x
}

func (l *List[T]) Reverse() {
	for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
		l.items[i], l.items[j] = l.items[j], l.items[i]
	}
}

func (l *List[T]) Each(f func(int, T)) {
	for i, x := range l.items {
		f(i, x)
	}
}

func exercise[T comparable](mk func(int) T) int {
	var l List[T]
	for i := 0; i < 20; i++ {
		l.Push(mk(i))
	}
	l.Insert(3, mk(100))
	l.Reverse()
	r := l.Remove(5)
	l.Pop()
	n := 0
	l.Each(func(i int, x T) {
		if x == r {
			n += i
		}
	})
	return l.Len()*1000 + l.Index(mk(7))*10 + n
}

type ID int
type Count int
type Name string

type Node struct{ v int }
type Leaf struct{ s string }

var nodes [101]Node
var leaves [101]Leaf

func main() {
	println(exercise(func(i int) int { return i }))
	println(exercise(func(i int) ID { return ID(i) }))
	println(exercise(func(i int) Count { return Count(i) }))
	println(exercise(func(i int) int64 { return int64(i) }))
	println(exercise(func(i int) uint32 { return uint32(i) }))
	println(exercise(func(i int) float64 { return float64(i) / 2 }))
	println(exercise(func(i int) string { return string(rune('a' + i)) }))
	println(exercise(func(i int) Name { return Name(rune('A' + i)) }))
	println(exercise(func(i int) *Node { return &nodes[i] }))
	println(exercise(func(i int) *Leaf { return &leaves[i] }))
}
