// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Blocking deep inside recursion: every frame is saved and restored.

func depth(n int, ch chan int) int {
	if n == 0 {
		return <-ch
	}
	return depth(n-1, ch) + 1
}

func sum(n int, in chan int, out chan int) {
	out <- depth(n, in)
}

func main() {
	in, out := make(chan int), make(chan int)
	go sum(1000, in, out)
	go sum(10, in, out)
	in <- 5
	in <- 7
	a, b := <-out, <-out
	println(a, b)
}
