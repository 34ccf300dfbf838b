// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		println("recovered non-nil:", r != nil, isErr)
		if e, ok := r.(error); ok {
			println(e.Error())
		}
	}()
	panic(nil)
}
