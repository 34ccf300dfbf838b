// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"time"
)

func worker(id int, d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- fmt.Sprint("worker ", id)
}

func main() {
	out := make(chan string)
	go worker(1, 3*time.Millisecond, out)
	go worker(2, time.Hour, out)
	deadline := time.NewTimer(30 * time.Millisecond)
	defer deadline.Stop()
	for {
		select {
		case s := <-out:
			fmt.Println(s)
			continue
		case <-deadline.C:
			fmt.Println("deadline")
		}
		break
	}
	heartbeat := time.NewTicker(time.Millisecond)
	defer heartbeat.Stop()
	idle := time.After(8 * time.Millisecond)
	beats := 0
loop:
	for {
		select {
		case <-heartbeat.C:
			beats++
		case <-idle:
			break loop
		}
	}
	fmt.Println("some beats:", beats > 0)
}
