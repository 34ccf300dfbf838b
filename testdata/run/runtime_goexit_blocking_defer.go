// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func main() {
	ch := make(chan int)
	go func() {
		defer func() { ch <- 1 }()
		defer println("second")
		runtime.Goexit()
	}()
	println(runtime.NumGoroutine())
	runtime.Gosched()
	println(<-ch)
	println(runtime.NumGoroutine())
}
