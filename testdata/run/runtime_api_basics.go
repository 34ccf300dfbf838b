// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"runtime"
	"runtime/debug"
	"strings"
)

func main() {
	println(runtime.GOOS, runtime.GOARCH)
	println(strings.HasPrefix(runtime.Version(), "go1."))
	println(runtime.NumGoroutine())
	println(runtime.GOMAXPROCS(0), runtime.NumCPU())
	done := make(chan bool)
	go func() {
		<-done
	}()
	runtime.Gosched()
	println(runtime.NumGoroutine())
	done <- true
	runtime.Gosched()
	println(runtime.NumGoroutine())
	runtime.GC()
	buf := make([]byte, 1<<20)
	runtime.KeepAlive(buf)
	old := debug.SetGCPercent(50)
	println(old, debug.SetGCPercent(old))
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.HeapAlloc > 0, ms.TotalAlloc >= ms.HeapAlloc, ms.Sys > 0, ms.NumGC > 0, ms.Mallocs >= ms.Frees)
	println(ms.HeapSys >= ms.HeapInuse, ms.PauseTotalNs >= 0, ms.HeapObjects > 0)
}
