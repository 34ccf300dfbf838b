// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer func() {
		println(recover().(error).Error())
	}()
	for x := range bad {
		println(x)
		break
	}
}
