// Package sync: WaitGroup and Mutex on the scheduler's wait queues (runtime/sched.go).
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
