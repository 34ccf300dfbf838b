// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	t := time.NewTimer(time.Hour)
	println(t.Stop())
	tk := time.NewTicker(time.Hour)
	tk.Stop()
	a := time.AfterFunc(time.Hour, func() {})
	a.Stop()
	<-t.C
}
