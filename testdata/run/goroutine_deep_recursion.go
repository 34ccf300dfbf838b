// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Deep recursion inside a goroutine that blocks at the bottom.

func down(n int, ch chan int) int {
	if n == 0 {
		return <-ch
	}
	return down(n-1, ch) + 1
}

func main() {
	ch := make(chan int)
	res := make(chan int)
	go func() {
		res <- down(10000, ch)
	}()
	ch <- 1
	println(<-res)
}
