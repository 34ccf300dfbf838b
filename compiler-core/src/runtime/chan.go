package runtime

import "unsafe"

// Channels follow gc's runtime/chan.go: a waiting receiver gets a value straight from the
// sender, a buffer (a ring of 8-byte slots: every element type the compiler sends through
// channels fits a slot as raw bits) is used before waiters, close wakes everyone, and the
// panics are gc's. An hchan and its sudogs are manual objects (malloc.go).
//
// select: the compiler evaluates the channels and values in source order into case records
// (ir/lower/conc.rs); selectgo polls them from a random start (fair), else enqueues a sudog
// per case and parks; the case that wins dequeues the others.

// hchan layout.
const (
	cCount    = 0
	cSize     = 4
	cBuf      = 8
	cSendx    = 12
	cRecvx    = 16
	cClosed   = 20
	cRecvq    = 24 // first waiting receiver (sudog); last at +4
	cSendq    = 32 // first waiting sender; last at +4
	cTimer    = 40 // nonzero: a timer's channel (time.NewTimer, NewTicker)
	hchanSize = 44
)

// sudog layout: a goroutine waiting on one channel (several for a select).
const (
	sgG       = 0
	sgNext    = 4
	sgVal     = 8
	sgChan    = 16
	sgCase    = 20 // select case index
	sgSuccess = 24 // 1: the operation completed; 0: woken by close
	sgSelect  = 28 // nonzero: part of a select, whose other sudogs must be dequeued
	sudogSize = 32
)

// makechan is make(chan T, size) with a size known only at run time.
func makechan(size int64) unsafe.Pointer {
	if size < 0 || size > 1<<28 { // keep equal to MAX_CHAN in ir/lower/conc.rs
		panicplain("makechan: size out of range", true)
		return nil
	}
	return newchan(int32(size))
}

// newchan makes a channel of a size in range (constant sizes are checked by the compiler).
func newchan(size int32) unsafe.Pointer {
	c := gorAlloc(hchanSize)
	st32(c, cSize, size)
	if size > 0 {
		stp(c, cBuf, gorAlloc(size*8))
	}
	return c
}

// A timer's channel holds its one value in a buffer but shows itself unbuffered, as gc's
// since Go 1.23: len and cap are 0.
func chanlen(c unsafe.Pointer) int64 {
	if c == nil || ld32(c, cTimer) != 0 {
		return 0
	}
	return int64(ld32(c, cCount))
}

func chancap(c unsafe.Pointer) int64 {
	if c == nil || ld32(c, cTimer) != 0 {
		return 0
	}
	return int64(ld32(c, cSize))
}

func enqueue(c unsafe.Pointer, q int32, sg unsafe.Pointer) {
	stp(sg, sgNext, nil)
	last := ldp(c, q+4)
	if last == nil {
		stp(c, q, sg)
	} else {
		stp(last, sgNext, sg)
	}
	stp(c, q+4, sg)
}

// dequeue takes the first waiter of queue q, skipping selects that another case already won.
func dequeue(c unsafe.Pointer, q int32) unsafe.Pointer {
	for {
		sg := ldp(c, q)
		if sg == nil {
			return nil
		}
		stp(c, q, ldp(sg, sgNext))
		if ldp(c, q) == nil {
			stp(c, q+4, nil)
		}
		if ld32(sg, sgSelect) != 0 {
			g := ldp(sg, sgG)
			if ldp(g, gParam) != nil {
				continue // the select was already decided
			}
		}
		return sg
	}
}

// unlink removes sg from queue q of its channel (a select cleaning up its losing cases).
func unlink(c unsafe.Pointer, q int32, sg unsafe.Pointer) {
	var prev unsafe.Pointer
	for p := ldp(c, q); p != nil; p = ldp(p, sgNext) {
		if p == sg {
			if prev == nil {
				stp(c, q, ldp(p, sgNext))
			} else {
				stp(prev, sgNext, ldp(p, sgNext))
			}
			if ldp(c, q+4) == p {
				stp(c, q+4, prev)
			}
			return
		}
		prev = p
	}
}

func newsudog(c unsafe.Pointer) unsafe.Pointer {
	sg := gorAlloc(sudogSize)
	stp(sg, sgG, curg)
	stp(sg, sgChan, c)
	return sg
}

func bufslot(c unsafe.Pointer, i int32) unsafe.Pointer {
	return unsafe.Add(ldp(c, cBuf), i*8)
}

// chansend and chanrecv are resumable: when resumed, execution continues right after their
// gopark (the code before it is not run again). A nil channel parks forever.
func chansend(c unsafe.Pointer, v uint64) {
	reason := "chan send (nil chan)"
	if c != nil {
		if ld32(c, cClosed) != 0 {
			panicplain("send on closed channel", false)
			return
		}
		if sendReady(c, v) {
			return
		}
		sg := newsudog(c)
		st64(sg, sgVal, v)
		enqueue(c, cSendq, sg)
		reason = "chan send"
	}
	gopark(reason)
	sg := ldp(curg, gParam)
	ok := ld32(sg, sgSuccess)
	gorFree(sg, sudogSize)
	if ok == 0 {
		panicplain("send on closed channel", false)
	}
}

// sendReady sends without blocking when a receiver waits or the buffer has room.
func sendReady(c unsafe.Pointer, v uint64) bool {
	if sg := dequeue(c, cRecvq); sg != nil {
		st64(sg, sgVal, v)
		st32(sg, sgSuccess, 1)
		goready(ldp(sg, sgG), sg)
		return true
	}
	if ld32(c, cCount) < ld32(c, cSize) {
		st64(bufslot(c, bufnext(c, cSendx)), 0, v)
		st32(c, cCount, ld32(c, cCount)+1)
		return true
	}
	return false
}

// bufnext advances the ring index at off (cSendx or cRecvx) and returns its old value.
func bufnext(c unsafe.Pointer, off int32) int32 {
	i := ld32(c, off)
	j := i + 1
	if j == ld32(c, cSize) {
		j = 0
	}
	st32(c, off, j)
	return i
}

// chanrecv receives from c: the value's bits and whether it came from a send.
func chanrecv(c unsafe.Pointer) (uint64, bool) {
	reason := "chan receive (nil chan)"
	if c != nil {
		if v, ok, done := recvReady(c); done {
			return v, ok
		}
		enqueue(c, cRecvq, newsudog(c))
		reason = "chan receive"
	}
	gopark(reason)
	sg := ldp(curg, gParam)
	v := ld64(sg, sgVal)
	ok := ld32(sg, sgSuccess) != 0
	gorFree(sg, sudogSize)
	return v, ok
}

// recvReady receives without blocking when a sender waits, the buffer holds a value, or c
// is closed; done is false when the receiver would have to wait.
func recvReady(c unsafe.Pointer) (uint64, bool, bool) {
	if sg := dequeue(c, cSendq); sg != nil {
		var v uint64
		if ld32(c, cSize) == 0 {
			v = ld64(sg, sgVal)
		} else {
			// Full buffer: take its head, put the sender's value at its tail.
			p := bufslot(c, bufnext(c, cRecvx))
			v = ld64(p, 0)
			st64(p, 0, ld64(sg, sgVal))
			st32(c, cSendx, ld32(c, cRecvx))
		}
		st32(sg, sgSuccess, 1)
		goready(ldp(sg, sgG), sg)
		return v, true, true
	}
	if ld32(c, cCount) > 0 {
		p := bufslot(c, bufnext(c, cRecvx))
		v := ld64(p, 0)
		st64(p, 0, 0)
		st32(c, cCount, ld32(c, cCount)-1)
		return v, true, true
	}
	if ld32(c, cClosed) != 0 {
		return 0, false, true
	}
	return 0, false, false
}

func closechan(c unsafe.Pointer) {
	if c == nil {
		panicplain("close of nil channel", false)
		return
	}
	if ld32(c, cClosed) != 0 {
		panicplain("close of closed channel", false)
		return
	}
	st32(c, cClosed, 1)
	for {
		sg := dequeue(c, cRecvq)
		if sg == nil {
			break
		}
		st64(sg, sgVal, 0)
		st32(sg, sgSuccess, 0)
		goready(ldp(sg, sgG), sg)
	}
	for {
		sg := dequeue(c, cSendq)
		if sg == nil {
			break
		}
		st32(sg, sgSuccess, 0)
		goready(ldp(sg, sgG), sg)
	}
}

// panicplain ends the program with gc's report of a runtime panic.
func panicplain(msg string, runtimeError bool) {
	panicdefers()
	printstring("panic: ")
	if runtimeError {
		printstring("runtime error: ")
	}
	printstring(msg)
	if recoverEnabled() {
		if capturing {
			raiseCaptured("")
			return
		}
	}
	tracePanicked()
	printstring("\n\ngoroutine ")
	if curg != nil {
		printint(int64(ld32(curg, gID)))
	} else {
		printstring("1")
	}
	printstring(" [running]:\n")
	procExit(2)
}

// Select case records (ir/lower/conc.rs): channel, direction, value bits, sudog.
const (
	scChan   = 0
	scDir    = 4
	scVal    = 8
	scSudog  = 16
	caseSize = 24
	dirSend  = 1
	dirRecv  = 2
)

var randState uint32 = 2463534242

func fastrand() uint32 {
	randState ^= randState << 13
	randState ^= randState >> 17
	randState ^= randState << 5
	return randState
}

// selectgo runs a select over n cases: the index of the chosen case (-1: none ready and
// not blocking), the received value's bits and whether it came from a send. Ready cases are
// polled from a random start so every one gets its turn.
func selectgo(cases unsafe.Pointer, n int32, block bool) (int32, uint64, bool) {
	start := int32(0)
	if n > 1 {
		start = int32(fastrand() % uint32(n))
	}
	for k := int32(0); k < n; k++ {
		i := (start + k) % n
		cs := unsafe.Add(cases, i*caseSize)
		c := ldp(cs, scChan)
		if c == nil {
			continue
		}
		if ld32(cs, scDir) == dirSend {
			if ld32(c, cClosed) != 0 {
				panicplain("send on closed channel", false)
				return i, 0, false
			}
			if sendReady(c, ld64(cs, scVal)) {
				return i, 0, false
			}
		} else if v, ok, done := recvReady(c); done {
			return i, v, ok
		}
	}
	if !block {
		return -1, 0, false
	}
	waiting := false
	stp(curg, gParam, nil)
	for i := int32(0); i < n; i++ {
		cs := unsafe.Add(cases, i*caseSize)
		c := ldp(cs, scChan)
		if c == nil {
			continue
		}
		sg := newsudog(c)
		st32(sg, sgSelect, 1)
		st32(sg, sgCase, i)
		stp(cs, scSudog, sg)
		if ld32(cs, scDir) == dirSend {
			st64(sg, sgVal, ld64(cs, scVal))
			enqueue(c, cSendq, sg)
		} else {
			enqueue(c, cRecvq, sg)
		}
		waiting = true
	}
	if !waiting {
		gopark("select (no cases)")
		return -1, 0, false
	}
	gopark("select")
	won := ldp(curg, gParam)
	i := ld32(won, sgCase)
	for j := int32(0); j < n; j++ {
		cs := unsafe.Add(cases, j*caseSize)
		c := ldp(cs, scChan)
		if c == nil {
			continue
		}
		sg := ldp(cs, scSudog)
		if sg != won {
			if ld32(cs, scDir) == dirSend {
				unlink(c, cSendq, sg)
			} else {
				unlink(c, cRecvq, sg)
			}
		}
	}
	v := ld64(won, sgVal)
	ok := ld32(won, sgSuccess) != 0
	for j := int32(0); j < n; j++ {
		cs := unsafe.Add(cases, j*caseSize)
		if ldp(cs, scChan) != nil {
			gorFree(ldp(cs, scSudog), sudogSize)
		}
	}
	if ld32(unsafe.Add(cases, i*caseSize), scDir) == dirSend {
		if !ok {
			panicplain("send on closed channel", false)
		}
		return i, 0, false
	}
	return i, v, ok
}
