// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	order := make(chan string, 3)
	time.AfterFunc(300*time.Millisecond, func() { order <- "second"; wg.Done() })
	time.AfterFunc(time.Millisecond, func() { order <- "first"; wg.Done() })
	never := time.AfterFunc(time.Millisecond, func() { println("never runs") })
	println("stopped:", never.Stop())
	wg.Wait()
	println(<-order, <-order)
	println("C is nil:", never.C == nil)
	done := make(chan bool)
	r := time.AfterFunc(time.Hour, func() { done <- true })
	println("reset:", r.Reset(time.Millisecond))
	<-done
	println("stop after run:", r.Stop())
	time.Sleep(3 * time.Millisecond)
}
