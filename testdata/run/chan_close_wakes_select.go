// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	quit := make(chan struct{})
	res := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			select {
			case <-quit:
				res <- "quit"
			}
		}()
	}
	close(quit)
	for i := 0; i < 3; i++ {
		println(<-res)
	}
	_, ok := <-quit
	println("quit open:", ok)
}
