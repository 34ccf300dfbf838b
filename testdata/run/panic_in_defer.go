// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	defer println("outer deferred runs")
	defer func() {
		panic("panic in defer")
	}()
	panic("original")
}
