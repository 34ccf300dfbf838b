// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var ready = make(chan int)

var total = func() int {
	go func() {
		for i := 1; i <= 3; i++ {
			ready <- i
		}
	}()
	return <-ready + <-ready + <-ready
}()

func init() {
	println("init saw", total)
}

//go:wasmexport get_total
func getTotal() int32 {
	return int32(total)
}

func main() {}
