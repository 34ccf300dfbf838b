// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.done {
					q.cond.Wait()
				}
				if len(q.items) == 0 {
					q.mu.Unlock()
					return
				}
				it := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				sums[w] += it
			}
		}()
	}
	for i := 1; i <= 10; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	fmt.Println("total", sums[0]+sums[1]+sums[2])

	var rw sync.RWMutex
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rl.Unlock()
	fmt.Println(rw.TryLock())
	var l sync.Locker = &rw
	l.Unlock()

	ready := false
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	for i := range 3 {
		go func() {
			mu.Lock()
			for !ready {
				c.Wait()
			}
			fmt.Println("woken", i)
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Add(3)
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
}
