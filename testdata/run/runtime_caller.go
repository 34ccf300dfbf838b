// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "unknown"
	}
	file = file[strings.LastIndex(file, "/")+1:]
	return fmt.Sprintf("%s:%d %s", file, line, runtime.FuncForPC(pc).Name())
}

type T struct{ name string }

func (t *T) Method() string { return where(0) + " " + where(1) }

func (t T) Value() string { return where(0) }

func depth(n int) string {
	if n == 0 {
		return where(0) + " | " + where(1) + " | " + where(3)
	}
	return depth(n - 1)
}

func mustFail() (s string) {
	defer func() {
		recover()
		s = where(0)
	}()
	var m map[string]int
	m["x"] = 1
	return "not reached"
}

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1) != "")
	t := &T{"t"}
	fmt.Println(t.Method())
	fmt.Println(T{}.Value())
	fmt.Println(depth(3))
	fmt.Println(mustFail())
	fmt.Println(where(0))
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	pc, _, line, _ := runtime.Caller(0)
	frames := runtime.CallersFrames([]uintptr{pc})
	f, more := frames.Next()
	fmt.Println(f.Function, f.Line == line, more, runtime.FuncForPC(0) == nil)
	func() {
		fmt.Println(where(0))
	}()
}
