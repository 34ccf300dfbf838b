// Package sync: WaitGroup, Mutex, RWMutex, Once and Cond on the scheduler's FIFO wait queues
// (runtime/sched.go: SemaPark, SemaWakeOne, SemaWakeAll), with gc's wait reasons
// (sync.WaitGroup.Wait, sync.Mutex.Lock, sync.RWMutex.RLock...) in deadlock reports. Mutex
// hands the lock to its first waiter; a waiting writer keeps new readers out of an RWMutex,
// and its Unlock admits the waiting readers, then the next writer. Map is a Go map behind
// the same methods; Pool keeps gc's order (the last value put first, then the others, newest
// first). OnceFunc, OnceValue and OnceValues are in sync_oncefunc.go.
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

// Go runs f in a new goroutine counted by wg. As gc's, a panic in f is not counted as done:
// it ends the program without letting Wait return first.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
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

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

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

// Cond is a condition variable: Wait parks on its FIFO queue until Signal or Broadcast.
type Cond struct {
	L       Locker
	waiters unsafe.Pointer
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	c.L.Unlock()
	runtime.SemaPark(&c.waiters, "sync.Cond.Wait")
	c.L.Lock()
}

func (c *Cond) Signal() {
	runtime.SemaWakeOne(&c.waiters)
}

func (c *Cond) Broadcast() {
	runtime.SemaWakeAll(&c.waiters)
}

// A Map is a map[any]any with gc's sync.Map methods.
type Map struct {
	m map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
}

func (m *Map) Clear() {
	clear(m.m)
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) {
	delete(m.m, key)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

// A Pool keeps values for reuse; Get calls New when it is empty.
type Pool struct {
	private any
	shared  []any
	New     func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
}

func (p *Pool) Get() any {
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		x = p.shared[len(p.shared)-1]
		p.shared[len(p.shared)-1] = nil
		p.shared = p.shared[:len(p.shared)-1]
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
