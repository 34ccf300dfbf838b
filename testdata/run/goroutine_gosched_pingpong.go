// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func main() {
	done := make(chan bool)
	for id := 1; id <= 2; id++ {
		go func() {
			for i := 0; i < 3; i++ {
				println("g", id, "step", i)
				runtime.Gosched()
			}
			done <- true
		}()
	}
	<-done
	<-done
}
