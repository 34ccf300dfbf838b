// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func doubler(in <-chan int, out chan<- int) {
	for v := range in {
		out <- 2 * v
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int, 1)
	go producer(a, 4)
	go doubler(a, b)
	for v := range b {
		println(v)
	}
}
