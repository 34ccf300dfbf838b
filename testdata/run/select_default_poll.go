// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

// Polling with select/default while a worker makes progress through Gosched.

func main() {
	done := make(chan int, 1)
	go func() {
		s := 0
		for i := 1; i <= 100; i++ {
			s += i
			if i%25 == 0 {
				runtime.Gosched()
			}
		}
		done <- s
	}()
	polls := 0
	for {
		select {
		case s := <-done:
			println("result", s, "after polls >= 1:", polls >= 1)
			return
		default:
			polls++
			runtime.Gosched()
		}
	}
}
