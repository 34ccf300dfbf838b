// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	done := make(chan bool)
	go func() {
		println("about to panic")
		var m map[string]int
		m["x"] = 1
		done <- true
	}()
	<-done
	println("unreachable")
}
