// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var n int

func next(tag string) int {
	println("next", tag)
	n++
	return n
}

func main() {
	println("a", next("x"), "b", next("y"))
	ch := make(chan int, 1)
	ch <- 7
	println("recv", <-ch, next("z"))
}
