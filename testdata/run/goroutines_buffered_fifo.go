// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A full buffered channel: blocked senders enter the buffer in order as space frees up.

func send(ch chan int, v int, sent chan bool) {
	ch <- v
	sent <- true
}

func main() {
	ch := make(chan int, 2)
	sent := make(chan bool, 10)
	ch <- 1
	ch <- 2
	go send(ch, 3, sent)
	go send(ch, 4, sent)
	for i := 0; i < 4; i++ {
		println(<-ch, len(ch))
	}
	<-sent
	<-sent
	println("all sent")
}
