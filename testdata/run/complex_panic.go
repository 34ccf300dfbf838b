// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(complex128) == 1+1i)
		var z complex64 = 2 - 3i
		panic(z)
	}()
	panic(1 + 1i)
}
