// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"time"
)

type timeout struct {
	name string
	d    time.Duration
}

func main() {
	for _, d := range []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond, 100 * time.Millisecond,
		1234567 * time.Nanosecond, time.Second, 1500 * time.Millisecond, 2 * time.Minute,
		90 * time.Second, time.Hour, 72*time.Hour + 3*time.Minute + 500*time.Millisecond,
		-1500 * time.Millisecond, -1, -time.Microsecond, 1<<63 - 1, -1 << 63,
	} {
		println(d.String())
	}
	var d time.Duration = 2500 * time.Millisecond
	fmt.Println(d, time.Second*3, -d)
	fmt.Printf("%v %s|%d\n", d, time.Minute, d)
	fmt.Println(timeout{"read", 250 * time.Millisecond})
	s := fmt.Sprint(time.Duration(42))
	println(s, len(s))
	println(d)
}

type Timeout struct {
	Name string
	D    time.Duration
	in   inner
}

type inner struct {
	D time.Duration
	e error
}

func init() {
	fmt.Println(Timeout{"write", time.Second, inner{time.Minute, nil}})
	fmt.Printf("%+v\n", &Timeout{Name: "x", D: 3})
}
