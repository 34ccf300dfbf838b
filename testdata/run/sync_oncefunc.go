// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("init") })
	f()
	f()
	fmt.Println("calls", calls)

	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)

	vs := sync.OnceValues(func() (string, error) { calls++; return "cfg", errors.New("warn") })
	s, err := vs()
	s2, err2 := vs()
	fmt.Println(s, err, s2, err2, calls)

	bad := sync.OnceFunc(func() { calls++; panic("boom") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			bad()
		}()
	}
	badv := sync.OnceValue(func() int { calls++; panic(errors.New("bad value")) })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(badv())
		}()
	}
	fmt.Println("calls", calls)

	var wg sync.WaitGroup
	shared := sync.OnceValue(func() []int { fmt.Println("computing"); return []int{1, 2, 3} })
	for i := range 3 {
		wg.Go(func() { fmt.Println(i, len(shared())) })
	}
	wg.Wait()
}
