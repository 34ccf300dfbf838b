// gc quotes a string constant in a message as strconv.Quote does: \r, \a, \x7f.

package main

func main() {
	var x int = "a\rb\a\x7f" // ERROR "cannot use .a.rb.a.x7f. \(untyped string constant\) as int value"
	_ = x
}
