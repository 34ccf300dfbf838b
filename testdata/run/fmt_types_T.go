// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type Fn func(int) string
type I interface{ M() }

func (T) M() {}

func main() {
	var i I = T{}
	fmt.Printf("%T|%T|%T|%T\n", []int{}, map[string][]int{}, &T{}, T{})
	fmt.Printf("%T|%T|%T\n", func(int) string { return "" }, Fn(nil), make(chan int))
	fmt.Printf("%T|%T|%T|%T\n", struct{}{}, [3]int{}, [][2]bool{}, i)
	fmt.Printf("%T|%T|%T|%T\n", errors.New("x"), fmt.Errorf("y"), nil, []any{})
	fmt.Printf("%T|%T|%T|%T|%T\n", 'a', byte(1), uintptr(0), 1.5, "s")
	fmt.Printf("%T|%T|%T\n", map[T]*T{}, []error{}, struct {
		X int
		y string
	}{})
	fmt.Printf("%T|%T|%T\n", func() {}, func(a, b int) (int, error) { return 0, nil }, func(...string) {})
	fmt.Printf("%T|%T\n", make(<-chan int), make(chan<- []string))
	fmt.Printf("%10T|%-10T|\n", 1, "s")
	fmt.Println(fmt.Sprintf("%T", []*T{}))
}
