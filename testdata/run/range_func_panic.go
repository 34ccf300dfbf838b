// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Panics crossing iterators: the iterator's deferred calls run, recover in the
// enclosing function, an iterator that recovers and panics again, and runtime errors
// in the body.

import "fmt"

func gen(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("gen cleanup", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func repanic(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator saw", r)
		panic(fmt.Sprint("wrapped: ", r))
	}()
	yield(1)
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	try("body panic", func() {
		for i := range gen(3) {
			if i == 2 {
				panic(fmt.Sprintf("at %d", i))
			}
		}
	})
	try("repanic", func() {
		for range repanic {
			panic("inner")
		}
	})
	try("index", func() {
		s := []int{1, 2}
		for i := range gen(5) {
			fmt.Println(s[i])
		}
	})
	try("nested", func() {
		for i := range gen(2) {
			for j := range gen(2) {
				if i == 1 && j == 1 {
					var m map[string]int
					m["x"] = 1
				}
			}
		}
	})
	try("error value", func() {
		for range gen(1) {
			panic(fmt.Errorf("wrapped %w", fmt.Errorf("base")))
		}
	})
	fmt.Println("end")
}
