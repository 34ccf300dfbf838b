// Package errors: New, Unwrap, Is, As and Join with gc's behaviour.
package errors

import "runtime"

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// New returns a distinct error value whose Error method returns text.
func New(text string) error {
	return &errorString{text}
}

type wrapper interface {
	Unwrap() error
}

type multiWrapper interface {
	Unwrap() []error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

// Unwrap returns the result of err's Unwrap() error method, or nil.
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, runtime.Comparable(target))
}

func is(err, target error, comparable bool) bool {
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case wrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiWrapper:
			for _, e := range x.Unwrap() {
				if is(e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that can be assigned to *target, sets *target to
// it and reports true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if !runtime.NonNilPointer(target) {
		panic("errors: target must be a non-nil pointer")
	}
	if !runtime.ErrorTarget(target) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if runtime.AsTarget(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case wrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiWrapper:
			for _, e := range x.Unwrap() {
				if e != nil && as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

type joinError struct {
	errs []error
}

// Join returns an error wrapping the non-nil errs, or nil when there are none.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// ErrUnsupported: an operation cannot be performed because it is unsupported.
var ErrUnsupported = New("unsupported operation")
