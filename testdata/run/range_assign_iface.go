// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var x any
	for x = range 3 {
	}
	println(x.(int))
	var r any
	for _, r = range "hé" {
	}
	println(r.(rune))
	ch := make(chan int, 1)
	ch <- 5
	close(ch)
	var c any
	for c = range ch {
	}
	println(c.(int))
	var k, v any
	for k, v = range []string{"a"} {
	}
	println(k.(int), v.(string))
}
