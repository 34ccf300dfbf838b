// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A loop body that blocks forever: gc's deadlock report.

func each(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	ch := make(chan int)
	for i := range each {
		println("waiting in iteration", i)
		<-ch
	}
}
