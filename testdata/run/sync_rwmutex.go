// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.set("k", s.get("k")+i)
		}(i)
	}
	wg.Wait()
	println("k", s.get("k"))
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println("trylock", rw.TryLock())
	done := make(chan bool)
	go func() {
		rw.Lock()
		println("writer in")
		rw.Unlock()
		done <- true
	}()
	go func() {
		println("tryrlock while writer waits", rw.TryRLock())
	}()
	rw.RUnlock()
	println("one reader left")
	rw.RUnlock()
	<-done
	println("tryrlock", rw.TryRLock())
	rw.RUnlock()
}
