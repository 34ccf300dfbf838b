// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// 100,000 goroutines parked at once on one channel, then released one by one.

func worker(in chan int, out chan int) {
	v := <-in
	out <- v * 2
}

func main() {
	const n = 100000
	in := make(chan int)
	out := make(chan int, n)
	for i := 0; i < n; i++ {
		go worker(in, out)
	}
	for i := 0; i < n; i++ {
		in <- i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	println("sum", sum)
}
