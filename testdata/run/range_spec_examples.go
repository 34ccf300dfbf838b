// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func f(x int) int { return x * 10 }

func main() {
	var testdata *struct {
		a *[7]int
	}
	for i := range testdata.a {
		fmt.Print(i)
	}
	fmt.Println()

	var a [10]string
	for i, s := range a {
		_ = s
		a[i] = fmt.Sprint(i)
	}
	fmt.Println(a)

	var key string
	var val interface{}
	m := map[string]int{"mon": 0}
	for key, val = range m {
	}
	fmt.Println(key, val)

	var ch = make(chan int, 2)
	ch <- f(1)
	ch <- f(2)
	close(ch)
	for w := range ch {
		fmt.Print(w, " ")
	}
	fmt.Println()

	for range ch {
	}

	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()

	var u uint8
	for u = range 255 {
	}
	fmt.Println(u)
}
