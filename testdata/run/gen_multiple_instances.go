// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Show[T any](x T) string { return fmt.Sprintf("%T(%v)", x, x) }

type Celsius float64

func main() {
	fmt.Println(Show(1), Show(int8(2)), Show("s"), Show(Celsius(3.5)), Show([]int{1}))
	fmt.Println(Show(struct{ A int }{1}), Show(map[string]int{"a": 1}))
}
