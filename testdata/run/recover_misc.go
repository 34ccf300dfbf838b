// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error" }

// A deferred call run by a normal return panics; an earlier deferred call recovers it.
func deferPanicsAtReturn() (r string) {
	defer func() {
		r = "recovered: " + recover().(string)
	}()
	defer func() {
		panic("from deferred call at return")
	}()
	return "normal"
}

// Recovered values keep their type.
func typed() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(&MyErr{7})
}

// Deferred closures in a loop, each recovering a panic of its own iteration.
func loop() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					println("iteration", i, "recovered", r.(int))
				}
			}()
			if i%2 == 0 {
				panic(i * 10)
			}
		}()
	}
}

// A panic in a goroutine of a program that recovers elsewhere still kills the program,
// after its own deferred calls run.
func main() {
	println(deferPanicsAtReturn())
	var me *MyErr
	err := typed()
	println(errors.As(err, &me), me.code)
	loop()
	done := make(chan bool)
	go func() {
		defer println("goroutine deferred call")
		var s []int
		s[1] = 2
		done <- true
	}()
	<-done
	println("not reached")
}
