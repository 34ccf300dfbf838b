// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Loop bodies that block: channel operations, time.Sleep and sync in the body and in the
// iterator, with goroutines on both sides.

import (
	"fmt"
	"sync"
	"time"
)

// fromChan yields what a channel delivers until it is closed.
func fromChan[T any](ch <-chan T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func ticks(n int, d time.Duration) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			time.Sleep(d)
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 10
		}
		close(ch)
	}()
	for v := range fromChan(ch) {
		fmt.Println("got", v)
	}

	// The body waits for a worker's answer on each iteration.
	req, resp := make(chan int), make(chan int)
	go func() {
		for n := range req {
			resp <- n * n
		}
	}()
	for i := range ticks(3, time.Millisecond) {
		req <- i
		fmt.Println("square", i, <-resp)
	}
	close(req)

	// Goroutines started in the body, joined after the loop.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range ticks(4, 0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(4-i) * time.Millisecond)
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total", total)

	// A body that sleeps and then leaves the loop.
	for i := range ticks(10, time.Millisecond) {
		time.Sleep(time.Millisecond)
		if i == 2 {
			fmt.Println("stop at", i)
			break
		}
	}
	done := make(chan string)
	go func() {
		for s := range fromChan(done) {
			fmt.Println("worker", s)
		}
	}()
	done <- "a"
	done <- "b"
	close(done)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end")
}
