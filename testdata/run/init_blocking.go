// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var ch = make(chan int, 1)

var v = func() int {
	done := make(chan int)
	go func() { done <- 42 }()
	return <-done
}()

func init() {
	c := make(chan string)
	go func() { c <- "from init goroutine" }()
	println(<-c)
	ch <- v
}

func main() {
	println(<-ch)
}
