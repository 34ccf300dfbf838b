// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

type PathError struct {
	Op   string
	Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type Code int

func (c Code) Error() string { return "code" }

type wrapErr struct{ err error }

func (w wrapErr) Error() string { return "wrapped: " + w.err.Error() }
func (w wrapErr) Unwrap() error { return w.err }

type timeout interface{ Timeout() bool }

type tErr struct{}

func (tErr) Error() string  { return "timed out" }
func (tErr) Timeout() bool { return true }

func main() {
	var err error = wrapErr{&PathError{"open", "/tmp/x"}}
	var pe *PathError
	ok := errors.As(err, &pe)
	println(ok)
	println(pe.Op, pe.Path)
	var c Code
	ok = errors.As(wrapErr{Code(42)}, &c)
	println(ok, int(c))
	ok = errors.As(errors.New("plain"), &pe)
	println(ok)
	var t timeout
	ok = errors.As(wrapErr{tErr{}}, &t)
	println(ok, t != nil)
	ok = errors.As(nil, &pe)
	println(ok)
	var target error
	ok = errors.As(err, &target)
	println(ok, target.Error())
}
