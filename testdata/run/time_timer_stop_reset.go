// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	println("stop:", t.Stop(), t.Stop())
	println("reset stopped:", t.Reset(time.Millisecond))
	<-t.C
	println("fired")
	println("stop fired:", t.Stop())
	println("reset fired:", t.Reset(time.Hour))
	println("reset armed:", t.Reset(2*time.Millisecond))
	start := time.Now()
	<-t.C
	println("waited at least 2ms:", time.Since(start) >= 2*time.Millisecond)

	// A fired timer whose value was not received counts as pending: Stop drains it.
	u := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	println("stop unreceived:", u.Stop())
	select {
	case <-u.C:
		println("stale value")
	default:
		println("no stale value")
	}
	println(cap(u.C) <= 1)
}
