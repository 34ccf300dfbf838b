// Package sync: WaitGroup, Mutex, RWMutex, Once (with OnceFunc, OnceValue and OnceValues)
// on the scheduler's FIFO wait queues (runtime/sched.go: SemaPark, SemaWakeOne,
// SemaWakeAll), with gc's wait reasons (sync.WaitGroup.Wait, sync.Mutex.Lock,
// sync.RWMutex.RLock...) in deadlock reports, and Pool (a free list). Mutex hands the lock
// to its first waiter; a waiting writer keeps new readers out of an RWMutex, and its Unlock
// admits the waiting readers, then the next writer.
package sync

import (
	"runtime"
	"unsafe"
)

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	count   int64
	waiters unsafe.Pointer
}

func (wg *WaitGroup) Add(delta int) {
	wg.count += int64(delta)
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.count == 0 {
		runtime.SemaWakeAll(&wg.waiters)
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	if wg.count != 0 {
		runtime.SemaPark(&wg.waiters, "sync.WaitGroup.Wait")
	}
}

// A Mutex is a mutual exclusion lock; Unlock hands it to the first waiter.
type Mutex struct {
	locked  bool
	waiters unsafe.Pointer
}

func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	runtime.SemaPark(&m.waiters, "sync.Mutex.Lock")
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		runtime.Throw("sync: unlock of unlocked mutex")
	}
	if !runtime.SemaWakeOne(&m.waiters) {
		m.locked = false
	}
}

// A RWMutex is a reader/writer lock. As gc's, a writer waiting for the lock keeps new
// readers out; Unlock hands the lock to the readers that waited, then to the next writer.
type RWMutex struct {
	w       Mutex          // held by the writer that owns or waits for the lock
	writer  bool           // a writer holds the lock or waits for readers to leave
	readers int32          // readers holding the lock
	rwait   unsafe.Pointer // readers waiting for the writer
	wwait   unsafe.Pointer // the writer waiting for readers to leave
}

func (rw *RWMutex) RLock() {
	if rw.writer {
		// Unlock counts this reader in when it wakes it.
		runtime.SemaPark(&rw.rwait, "sync.RWMutex.RLock")
		return
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		runtime.Throw("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writer {
		runtime.SemaWakeOne(&rw.wwait)
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.writer = true
	if rw.readers > 0 {
		runtime.SemaPark(&rw.wwait, "sync.RWMutex.Lock")
	}
}

func (rw *RWMutex) TryLock() bool {
	if rw.w.locked || rw.readers > 0 {
		return false
	}
	rw.w.locked = true
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		runtime.Throw("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	for runtime.SemaWakeOne(&rw.rwait) {
		rw.readers++
	}
	rw.w.Unlock()
}

// A Once runs one function once; callers of Do during the first call wait for it to end.
type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() {
	o.done = true
}

// OnceFunc returns a function that calls f once; if f panicked, every call panics with
// the same value.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue returns a function that calls f once and returns its value on every call.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that calls f once and returns its values on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// A Pool keeps values put back for later Gets; Get calls New when it is empty.
type Pool struct {
	items []any
	New   func() any
}

func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
