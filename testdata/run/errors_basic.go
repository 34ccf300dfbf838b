// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

var ErrNotFound = errors.New("not found")

type wrapErr struct {
	op  string
	err error
}

func (w *wrapErr) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

func find(k string) error {
	if k == "" {
		return &wrapErr{"find", ErrNotFound}
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	println(e1.Error(), e1 == e2, e1 == e1)
	err := find("")
	println(err.Error())
	println(errors.Is(err, ErrNotFound), errors.Is(err, e1), errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(nil) == nil)
	deep := &wrapErr{"a", &wrapErr{"b", &wrapErr{"c", ErrNotFound}}}
	println(deep.Error(), errors.Is(deep, ErrNotFound))
	println(find("x") == nil)
}
