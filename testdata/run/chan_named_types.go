// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Queue chan int
type RecvOnly <-chan string

func main() {
	q := make(Queue, 3)
	q <- 1
	q <- 2
	println(len(q), cap(q))
	var r <-chan int = q
	println(<-r)
	var c chan int = make(chan int)
	var rc <-chan int = c
	var sc chan<- int = c
	println(rc == c, sc == c, c == rc)
	var nilq Queue
	println(nilq == nil, len(nilq), cap(nilq))
	s := make(chan string, 1)
	s <- "x"
	var ro RecvOnly = s
	println(<-ro)
}
