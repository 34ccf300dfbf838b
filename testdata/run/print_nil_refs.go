// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Ints []int
type Table map[string]int
type Pipe chan int
type Handler func(int) error

func main() {
	var s []int
	var m map[int]int
	var ch chan int
	var fn func()
	var p *int
	println(s, m, ch, fn, p)
	var is Ints
	var t Table
	var pi Pipe
	var h Handler
	var ro <-chan string
	var so chan<- [2]int
	println(is, t, pi, h, ro, so)
	print(s, " ", m, " ", fn, "\n")
	b := make([]byte, 3, 8)
	b = nil
	println(b, len(b), cap(b))
	println(s[:0:0] == nil, s[:0])
}
