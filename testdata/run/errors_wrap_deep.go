// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type StatusErr struct {
	Code int
}

func (s *StatusErr) Error() string { return "status " + strconv.Itoa(s.Code) }

var ErrBase = errors.New("base failure")

func layer(n int) error {
	if n == 0 {
		return fmt.Errorf("bottom (%d): %w", n, ErrBase)
	}
	if n == 2 {
		return fmt.Errorf("layer %d: %w", n, errors.Join(layer(n-1), &StatusErr{500 + n}))
	}
	return fmt.Errorf("layer %d: %w", n, layer(n-1))
}

func main() {
	err := layer(4)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase))
	var se *StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
		fmt.Printf("%d %T\n", depth, e)
	}
	_, perr := strconv.ParseInt("9999999999999999999", 10, 64)
	wrapped := fmt.Errorf("config: %w", perr)
	var ne *strconv.NumError
	fmt.Println(wrapped, errors.As(wrapped, &ne), ne.Func, errors.Is(wrapped, strconv.ErrRange))
	fmt.Printf("%v|%s|%+v|%q\n", ErrBase, ErrBase, ErrBase, ErrBase)
	fmt.Printf("%#v\n", &StatusErr{404})
	e1 := fmt.Errorf("idx: %[2]w then %[1]w", ErrBase, &StatusErr{1})
	fmt.Println(e1, errors.Is(e1, ErrBase), errors.As(e1, &se), se.Code)
}
