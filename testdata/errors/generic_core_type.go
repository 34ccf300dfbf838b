// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func Sum[A ~[3]E | ~[5]E, E ~int](a A) E {
	var s E
	for _, v := range a { // ERROR "cannot range over a \(variable of type A constrained by ~\[3\]E \| ~\[5\]E\): \[3\]E and \[5\]E have different underlying types"
		s += v
	}
	return s
}

func Send[C ~chan int | ~chan string](c C) {
	c <- 1 // ERROR "invalid operation: cannot send to c"
}

func Len[T ~[]int | ~map[int]int](x T) int { return len(x) }

func main() {
	_ = Sum([3]int{1, 2, 3}) // ERROR "in call to Sum, cannot infer E"
	_ = Len([]int{})
}
