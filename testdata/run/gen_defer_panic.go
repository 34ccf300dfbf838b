// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Try[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	fmt.Println(Must(42, nil))
	v, err := Try(func() int { return Must(0, errors.New("boom")) })
	fmt.Println(v, err)
	s, err := Try(func() string { return "ok" })
	fmt.Println(s, err)
}
