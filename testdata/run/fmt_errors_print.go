// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct {
	Op   string
	Code int
}

func (e *MyErr) Error() string { return e.Op + " failed with " + strconv.Itoa(e.Code) }

type ValErr string

func (v ValErr) Error() string { return "valerr: " + string(v) }

func get(fail bool) error {
	if fail {
		return &MyErr{"get", 5}
	}
	var e *MyErr
	_ = e
	return nil
}

func main() {
	fmt.Println(get(true), get(false))
	fmt.Printf("%v|%s|%q|%x|%d\n", get(true), get(true), get(true), ValErr("a"), ValErr("b"))
	fmt.Printf("%+v %#v\n", ValErr("c"), ValErr("c"))
	errs := []error{errors.New("one"), ValErr("two"), nil, &MyErr{"x", 1}}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	fmt.Println(map[string]error{"a": ValErr("m"), "b": nil})
	_, err := strconv.Atoi("nope")
	fmt.Println("error:", err)
	fmt.Printf("%10v|%-12s|\n", ValErr("p"), errors.New("q"))
	type wrap struct {
		Err error
		N   int
	}
	fmt.Printf("%v %+v\n", wrap{ValErr("w"), 1}, wrap{nil, 2})
	err = fmt.Errorf("code=%d msg=%q: %w", 3, "hi", ValErr("inner"))
	fmt.Println(err, errors.Unwrap(err))
}
