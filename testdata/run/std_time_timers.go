// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var mu sync.Mutex
	var order []string
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}

	// Timers fire in the order of their times, not of their creation.
	var wg sync.WaitGroup
	for _, ms := range []int{30, 10, 20} {
		wg.Add(1)
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() {
			note(fmt.Sprint("afterfunc ", ms))
			wg.Done()
		})
	}
	wg.Wait()

	// A stopped AfterFunc never runs; Stop reports whether it stopped it.
	f := time.AfterFunc(5*time.Millisecond, func() { note("never") })
	fmt.Println("stop afterfunc:", f.Stop(), f.Stop())

	// Reset of a fired timer rearms it; Stop after a receive reports false.
	tm := time.NewTimer(5 * time.Millisecond)
	<-tm.C
	fmt.Println("stop fired:", tm.Stop())
	fmt.Println("reset fired:", tm.Reset(5*time.Millisecond))
	<-tm.C
	note("timer reset")

	// Since Go 1.23, Stop and Reset discard a value the channel still holds.
	tm = time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop unreceived:", tm.Stop())
	select {
	case <-tm.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
	tm.Reset(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("reset unreceived:", tm.Reset(time.Hour))
	select {
	case <-tm.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
	fmt.Println("stop pending:", tm.Stop())

	// A ticker ticks until stopped; Reset changes its period.
	tk := time.NewTicker(4 * time.Millisecond)
	for i := range 3 {
		<-tk.C
		note(fmt.Sprint("tick ", i))
	}
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	note("tick after reset")
	tk.Stop()

	// select with time.After as a timeout.
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 1
	}()
	select {
	case v := <-ch:
		fmt.Println("value", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("value", <-ch)

	// The received time is when the timer was due.
	due := time.Now().Add(3 * time.Millisecond)
	got := <-time.After(3 * time.Millisecond)
	fmt.Println("due:", !got.Before(due.Add(-time.Millisecond)))

	for _, s := range order {
		fmt.Println(s)
	}
	fmt.Println("elapsed at least 60ms:", time.Since(start) >= 60*time.Millisecond)

	defer func() { fmt.Println("recovered:", recover()) }()
	var zero time.Timer
	zero.Stop()
}
