// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Fan-in: two producers, one consumer; a token channel keeps the output order fixed.

func producer(name string, n int, out chan string, turn chan bool, next chan bool) {
	for i := 0; i < n; i++ {
		<-turn
		out <- name
		next <- true
	}
}

func main() {
	out := make(chan string)
	a, b := make(chan bool), make(chan bool)
	go producer("ping", 3, out, a, b)
	go producer("pong", 3, out, b, a)
	a <- true
	for i := 0; i < 6; i++ {
		println(i, <-out)
	}
	<-a
}
