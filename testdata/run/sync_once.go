// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

var once sync.Once
var config int

func load() {
	println("loading")
	config = 42
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			println("config", config)
		}()
	}
	wg.Wait()
	var o sync.Once
	ch := make(chan int, 1)
	o.Do(func() { ch <- 1 })
	o.Do(func() { ch <- 2 })
	println("got", <-ch, len(ch))
	slow := make(chan bool)
	var o2 sync.Once
	go o2.Do(func() {
		println("first waits")
		<-slow
		println("first done")
	})
	go func() {
		o2.Do(func() { println("never") })
		println("second returned")
		wg.Done()
	}()
	wg.Add(1)
	slow <- true
	wg.Wait()
}
