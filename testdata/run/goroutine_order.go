// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A token passed around a ring of goroutines fixes the order of their output.

func main() {
	const n = 5
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := range n {
		go func() {
			v := <-chans[i]
			println("goroutine", i, "got", v)
			chans[i+1] <- v + 1
		}()
	}
	chans[0] <- 100
	println("final", <-chans[n])
}
