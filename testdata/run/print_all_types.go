// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Named int
type Str string
type F float32

func main() {
	var i8 int8 = -8
	var u16 uint16 = 16
	var up uintptr = 42
	println(i8, u16, up, Named(3), Str("s"), F(1.5), true)
	var p *int
	println(p == nil)
	var m map[int]int
	var sl []int
	var ch chan int
	var fn func()
	println(m == nil, sl == nil, ch == nil, fn == nil)
	println(nil == p)
	c := 1 + 2i
	println(c)
	var c64 complex64 = complex(1.5, -2)
	println(c64)
	print(c, "\n")
}
