// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

type Cache struct {
	mu sync.RWMutex
	m  map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Put(k, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{m: map[int]int{}}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Put(i, i*i)
		}()
	}
	wg.Wait()
	sum := 0
	for i := range 12 {
		if v, ok := c.Get(i); ok {
			sum += v
		}
	}
	println(len(c.m), sum)
}
