// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a, b := errors.New("first"), errors.New("second\nline")
	j := errors.Join(a, b)
	fmt.Println(j)
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, b))
	fmt.Printf("[%v]\n", errors.Join(a))
	fmt.Println(errors.Join() == nil, errors.Join(nil) == nil)
	w := fmt.Errorf("w: %w", j)
	fmt.Println(w, errors.Is(w, a))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	m := fmt.Errorf("%w + %w", a, b)
	if u, ok := m.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0])
	}
	fmt.Println(errors.New(""), errors.New("") == nil, fmt.Sprint(errors.New("x")))
}
