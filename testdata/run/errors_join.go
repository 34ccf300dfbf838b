// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

type isErr struct{}

func (isErr) Error() string         { return "isErr" }
func (isErr) Is(target error) bool  { return target == errSentinel }

var errSentinel = errors.New("sentinel")

func main() {
	a := errors.New("first")
	b := errors.New("second")
	j := errors.Join(a, nil, b)
	println(j.Error())
	println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, errors.New("first")))
	println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(a)
	println(one.Error(), one == a, errors.Is(one, a))
	println(errors.Unwrap(j) == nil)
	nested := errors.Join(errors.Join(a, b), isErr{})
	println(nested.Error())
	println(errors.Is(nested, errSentinel), errors.Is(isErr{}, errSentinel), errors.Is(isErr{}, a))
}
