// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func find(n, target int) (idx int) {
	defer func() { fmt.Println("find returns", idx) }()
	for i := range count(n) {
		defer fmt.Println("deferred in loop", i)
		if i == target {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(find(5, 2))
	fmt.Println(find(2, 9))
}
