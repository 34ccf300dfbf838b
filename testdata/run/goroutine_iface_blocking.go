// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Sink interface {
	Put(v int)
	Count() int
}

type chanSink struct{ ch chan int }

func (s chanSink) Put(v int)  { s.ch <- v }
func (s chanSink) Count() int { return len(s.ch) }

type logSink struct {
	inner Sink
	n     int
}

func (l *logSink) Put(v int) {
	l.n++
	println("put", v)
	l.inner.Put(v)
}
func (l *logSink) Count() int { return l.inner.Count() }

func main() {
	ch := make(chan int)
	var s Sink = &logSink{inner: chanSink{ch}}
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			println("take", <-ch)
		}
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		s.Put(i * 7)
	}
	<-done
	println("count", s.Count())
}
