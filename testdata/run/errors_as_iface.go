// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"strconv"
)

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return true }

type chain struct {
	msg  string
	next error
}

func (c *chain) Error() string { return c.msg }
func (c *chain) Unwrap() error { return c.next }

type asMe struct{}

func (asMe) Error() string { return "asMe" }
func (asMe) As(target any) bool {
	if p, ok := target.(*netErr); ok {
		p.msg = "set by As"
		return true
	}
	return false
}

func main() {
	err := &chain{"top", &chain{"mid", netErr{"conn reset"}}}
	var t temporary
	ok := errors.As(err, &t)
	println(ok, t.Temporary())
	var ne netErr
	ok = errors.As(err, &ne)
	println(ok, ne.msg)
	var n netErr
	ok = errors.As(asMe{}, &n)
	println(ok, n.msg)
	var n2 netErr
	ok = errors.As(errors.Join(errors.New("x"), asMe{}), &n2)
	println(ok, n2.msg)
	var numErr *strconv.NumError
	_, perr := strconv.ParseUint("-5", 10, 64)
	ok = errors.As(errors.Join(err, perr), &numErr)
	println(ok, numErr.Func, numErr.Num)
}
