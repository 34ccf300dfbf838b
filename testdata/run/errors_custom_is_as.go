// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func (e CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

type multi []error

func (m multi) Error() string   { return fmt.Sprint(len(m), " errors") }
func (m multi) Unwrap() []error { return m }

func main() {
	e := fmt.Errorf("ctx: %w", CodeErr{404})
	fmt.Println(errors.Is(e, CodeErr{404}), errors.Is(e, CodeErr{0}), errors.Is(e, CodeErr{500}))
	var ce CodeErr
	fmt.Println(errors.As(e, &ce), ce.Code)
	n := fmt.Errorf("wrapped: %w", &netErr{"timeout"})
	var tmp Temporary
	fmt.Println(errors.As(n, &tmp), tmp.Temporary(), tmp)
	var ne *netErr
	fmt.Println(errors.As(n, &ne), ne.msg)
	m := multi{errors.New("a"), CodeErr{7}, &netErr{"b"}}
	fmt.Println(m, errors.Is(m, CodeErr{7}), errors.As(m, &ne), ne.msg)
	wrapped := fmt.Errorf("top: %w", m)
	fmt.Println(errors.Is(wrapped, CodeErr{0}), errors.Unwrap(wrapped) != nil)
	j := errors.Join(errors.New("x"), errors.Join(errors.New("y"), CodeErr{1}))
	fmt.Println(j)
	fmt.Println(errors.Is(j, CodeErr{1}), errors.As(j, &ce), ce)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1), e1.Error() == e2.Error())
	var target *CodeErr
	fmt.Println(errors.As(CodeErr{3}, &target))
}
