// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func sleeper(id int, d time.Duration, done chan int) {
	time.Sleep(d)
	println("woke", id)
	done <- id
}

func main() {
	done := make(chan int)
	go sleeper(1, 300*time.Millisecond, done)
	go sleeper(2, 100*time.Millisecond, done)
	go sleeper(3, 200*time.Millisecond, done)
	for i := 0; i < 3; i++ {
		<-done
	}
	time.Sleep(time.Millisecond)
	println("slept", time.Millisecond)
}
