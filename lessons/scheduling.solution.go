package main

// lesson:readonly
var total int32

//go:wasmexport total
func getTotal() int32 { return total }

// lesson:end

var events = make(chan int32)
var done = make(chan bool)

//go:wasmexport start
func start() {
	go func() {
		for ev := range events {
			total += ev
			println("event", ev, "total", total)
			done <- true
		}
	}()
}

//go:wasmexport process
func process(v int32) {
	events <- v
	<-done
}

func main() {}
