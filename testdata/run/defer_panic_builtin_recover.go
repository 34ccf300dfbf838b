// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type T struct{ a, b int }

type Code int

func catch(f func()) {
	defer func() { fmt.Printf("recovered %T %v\n", recover(), "") }()
	f()
}

func main() {
	catch(func() {
		v := T{1, 2}
		defer panic(v)
		v.a = 100
	})
	catch(func() { defer panic(5) })
	catch(func() { defer panic(Code(7)) })
	catch(func() { defer panic(errors.New("deferred error")) })
	catch(func() {
		defer panic("second")
		panic("first")
	})
	func() {
		defer func() {
			r := recover()
			fmt.Println("value:", r)
		}()
		t := T{3, 4}
		defer panic(t)
		t.b = 40
	}()
	var err error = errors.New("e")
	defer println("deferred print of an interface is not nil:", err != nil)
}
