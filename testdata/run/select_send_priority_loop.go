// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	out := make(chan int, 3)
	quit := make(chan bool)
	go func() {
		for v := range out {
			println("consumed", v)
		}
		quit <- true
	}()
	for i := 0; i < 6; i++ {
		select {
		case out <- i:
		}
	}
	close(out)
	<-quit
	println("done")
}
