// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	nums := naturals(done)
	for v := range nums {
		if v == 5 {
			break
		}
		print(v, " ")
	}
	println()
	close(done)
	for range nums {
	}
	println("generator stopped")
}
