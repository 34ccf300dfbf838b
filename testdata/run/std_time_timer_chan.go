// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	fmt.Println("timer", len(t.C), cap(t.C))
	time.Sleep(5 * time.Millisecond)
	// The value is waiting, yet the channel still shows itself unbuffered.
	fmt.Println("fired", len(t.C), cap(t.C))
	<-t.C
	fmt.Println("received", len(t.C), cap(t.C))

	tk := time.NewTicker(time.Millisecond)
	fmt.Println("ticker", len(tk.C), cap(tk.C))
	<-tk.C
	tk.Stop()

	after := time.After(time.Hour)
	fmt.Println("after", len(after), cap(after))

	own := make(chan time.Time, 1)
	own <- time.Time{}
	fmt.Println("own", len(own), cap(own))

	var none chan time.Time
	fmt.Println("nil", len(none), cap(none))

	// Stop then Reset: the channel is still the timer's.
	t.Reset(time.Millisecond)
	t.Stop()
	fmt.Println("stopped", len(t.C), cap(t.C))
}
