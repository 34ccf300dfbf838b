// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string { return fmt.Sprintf("temp %d", t.code) }

func find(k string) error {
	if k == "" {
		return &QueryError{"find", ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	w := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(w) == err, errors.Unwrap(errors.Unwrap(w)) == ErrNotFound)
	var qe *QueryError
	fmt.Println(errors.As(w, &qe), qe.Query)
	w2 := fmt.Errorf("outer: %w", w)
	fmt.Printf("%v|%s|%q\n", w2, w2, w2)
	noWrap := fmt.Errorf("plain: %v", err)
	fmt.Println(noWrap, errors.Unwrap(noWrap), errors.Is(noWrap, ErrNotFound))
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, TempErr{3})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Unwrap(multi))
	var te TempErr
	fmt.Println(errors.As(multi, &te), te.code)
	j := errors.Join(ErrNotFound, nil, TempErr{4})
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrNotFound), errors.Join(nil, nil) == nil, errors.Unwrap(j))
	fmt.Println(fmt.Errorf("bad %w", 5))
	fmt.Println(fmt.Errorf("nil %w", nil))
	fmt.Println(fmt.Errorf("%w", ErrNotFound) == ErrNotFound)
	fmt.Printf("%v %+v\n", &QueryError{"q", ErrNotFound}, TempErr{1})
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(ErrNotFound, nil), errors.Unwrap(nilErr))
	fmt.Printf("%T %T %T\n", w, multi, j)
}
