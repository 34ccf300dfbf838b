// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

const N = 3

type Vec[T any] []T

type Pair[K comparable, V any] struct {
	k K
	v V
}

// Parameters whose array length is a constant name or expression, not a literal: after the
// brackets comes the element type, so these are arrays, not type arguments.
func sum(iv [N]byte, twice [N * 2]int, s [len("ab")]string) int {
	t := 0
	for _, b := range iv {
		t += int(b)
	}
	for _, x := range twice {
		t += x
	}
	return t + len(s)
}

func shapes(a [N]*int, b [N][N]int, c [N]struct{ x int }, d [N]func() int, e [N]chan int, f [N]interface{}, g [N]map[string]int, h [N]Vec[int]) string {
	return fmt.Sprint(len(a), len(b), len(c), len(d), len(e), len(f), len(g), len(h))
}

// Type arguments: the brackets are followed by a comma, a closing parenthesis or nothing.
func generic(Vec[int], Pair[string, int]) {}

func lens(v Vec[int], p Pair[string, [N]int]) int {
	return len(v) + len(p.v)
}

func main() {
	fmt.Println(sum([N]byte{1, 2, 3}, [6]int{1, 1, 1, 1, 1, 1}, [2]string{}))
	fmt.Println(shapes([N]*int{}, [N][N]int{}, [N]struct{ x int }{}, [N]func() int{}, [N]chan int{}, [N]interface{}{}, [N]map[string]int{}, [N]Vec[int]{}))
	generic(nil, Pair[string, int]{})
	fmt.Println(lens(Vec[int]{1, 2}, Pair[string, [N]int]{}))
	f := func(x [N]byte, y Vec[byte]) int { return len(x) + len(y) }
	fmt.Println(f([N]byte{}, nil))
}
