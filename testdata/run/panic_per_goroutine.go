// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

var step = make(chan string)
var resume = make(chan bool)

// A panics; its deferred function blocks on a channel mid-panic; B panics and recovers
// meanwhile; then A resumes and recovers its own panic.
func a(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		step <- "A deferred call waits"
		<-resume
		r := recover()
		println("A recovered:", r.(string))
	}()
	defer println("A: deferred println runs first")
	panic("A's panic")
}

func b(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		println("B recovered:", recover().(error).Error())
		println("B: recover again:", recover() == nil)
	}()
	var m map[string]int
	m["x"] = 1
}

func c(wg *sync.WaitGroup) (n int) {
	defer wg.Done()
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	s := []int{1}
	step <- "C about to fail"
	return s[n+3]
}

func main() {
	var wg, wg2 sync.WaitGroup
	wg.Add(1)
	go a(&wg)
	println(<-step)
	wg2.Add(2)
	go b(&wg2)
	go b(&wg2)
	wg2.Wait()
	wg2.Add(1)
	res := make(chan int)
	go func() { res <- c(&wg2) }()
	println(<-step)
	println("c returned", <-res)
	resume <- true
	wg.Wait()
	println("main: recover outside panic:", recover() == nil)
	println("done")
}
