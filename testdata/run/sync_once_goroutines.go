// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

var once sync.Once
var config int

func load() {
	println("loading config")
	config = 42
}

func get() int {
	once.Do(load)
	return config
}

func main() {
	var wg sync.WaitGroup
	sum := 0
	var mu sync.Mutex
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := get()
			mu.Lock()
			sum += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	println(sum, get())
}
