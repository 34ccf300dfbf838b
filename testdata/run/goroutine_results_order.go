// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Each worker answers on its own channel, so results come back in request order.

func work(x int, out chan int) {
	out <- x * 10
}

func main() {
	var outs [5]chan int
	for i := range outs {
		outs[i] = make(chan int, 1)
		go work(i, outs[i])
	}
	for i := range outs {
		println(i, <-outs[i])
	}
}
