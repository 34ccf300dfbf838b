// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add(k int, wg *sync.WaitGroup) {
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
	wg.Done()
}

type pipe struct{ in, out chan int }

func (p pipe) run() {
	for v := range p.in {
		p.out <- v + 1
	}
	close(p.out)
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go c.add(i, &wg)
	}
	wg.Wait()
	println("sum", c.n)
	p := pipe{make(chan int), make(chan int)}
	go p.run()
	f := func(k int, wg *sync.WaitGroup) { c.add(k, wg) }
	wg.Add(1)
	go f(100, &wg)
	wg.Wait()
	println("sum", c.n)
	go func() {
		for i := 0; i < 3; i++ {
			p.in <- i
		}
		close(p.in)
	}()
	for v := range p.out {
		println("out", v)
	}
}
