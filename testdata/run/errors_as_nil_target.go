// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

type E struct{}

func (*E) Error() string { return "e" }

func main() {
	var p *E
	println(errors.As(&E{}, &p))
	var target **E
	errors.As(&E{}, target)
}
