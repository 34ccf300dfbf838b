// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(string))
		panic("second: " + r.(string))
	}()
	panic("first")
}
