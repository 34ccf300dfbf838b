// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	tk := time.NewTicker(2 * time.Millisecond)
	start := time.Now()
	for i := range 3 {
		<-tk.C
		println("tick", i)
	}
	println("at least 6ms:", time.Since(start) >= 6*time.Millisecond)
	tk.Reset(time.Millisecond)
	<-tk.C
	println("tick after reset")
	tk.Stop()
	select {
	case <-tk.C:
		println("stale tick")
	case <-time.After(10 * time.Millisecond):
		println("stopped: no tick")
	}
	n := 0
	for range time.Tick(time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	println("ticks", n, time.Tick(0) == nil, time.Tick(-1) == nil)
	var zero time.Ticker
	zero.Stop()
	defer func() { println(recover().(string)) }()
	time.NewTicker(0)
}
