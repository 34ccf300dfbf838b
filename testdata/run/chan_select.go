// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	select {
	case v := <-a:
		println("a", v)
	default:
		println("nothing ready")
	}
	b <- 2
	select {
	case v := <-a:
		println("a", v)
	case v := <-b:
		println("b", v)
	}
	var nilCh chan int
	a <- 1
	select {
	case <-nilCh:
		println("never")
	case nilCh <- 1:
		println("never")
	case v, ok := <-a:
		println("a", v, ok)
	}
	done := make(chan struct{})
	results := make(chan int)
	go func() {
		for i := range 3 {
			results <- i
		}
		close(done)
	}()
	for {
		select {
		case r := <-results:
			println("result", r)
			continue
		case <-done:
			println("done")
		}
		break
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		println("sent")
	default:
		println("full, default")
	}
}
