// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	defer func() {
		println(recover().(string))
		var t time.Timer
		t.Stop()
	}()
	var t time.Timer
	t.Reset(time.Second)
}
