// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Requests carry their own reply channel.

func server(reqs chan chan int) {
	n := 0
	for r := range reqs {
		n++
		r <- n * n
	}
}

func main() {
	reqs := make(chan chan int)
	go server(reqs)
	for i := 0; i < 4; i++ {
		reply := make(chan int)
		reqs <- reply
		println("reply", <-reply)
	}
	close(reqs)
}
