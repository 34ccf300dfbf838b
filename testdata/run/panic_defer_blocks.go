// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync"
	"time"
)

var mu sync.Mutex
var report = make(chan string)
var start = make(chan bool)

// The worker's deferred calls block while it panics (sleep, WaitGroup.Wait, a mutex,
// channel sends); nothing recovers, so the program dies once they have all run.
func worker(wg *sync.WaitGroup) {
	defer func() {
		report <- "last deferred call"
		println("worker: sent the last report")
	}()
	defer func() {
		mu.Lock()
		report <- "got the mutex"
		mu.Unlock()
	}()
	defer func() {
		wg.Wait()
		report <- "helpers finished"
	}()
	defer time.Sleep(time.Millisecond)
	panic("worker gives up")
}

func main() {
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go worker(&wg)
	go func() {
		<-start
		println("helper: done")
		wg.Done()
	}()
	start <- true
	println("main:", <-report)
	mu.Unlock()
	println("main:", <-report)
	println("main:", <-report)
	time.Sleep(time.Millisecond)
	println("not reached")
}
