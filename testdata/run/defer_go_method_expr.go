// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"strings"
	"sync"
)

type T struct{ n int }

func (t *T) Add(d int)      { t.n += d; println("add", d, "->", t.n) }
func (t T) Show(tag string) { println(tag, t.n) }
func (t T) Twice(x int) int { return 2 * x * t.n }

type Shower interface{ Show(string) }

func main() {
	t := &T{1}
	var wg sync.WaitGroup
	defer (*T).Add(t, 100)
	defer T.Show(*t, "deferred value receiver saw")
	defer Shower.Show(*t, "deferred interface method expression saw")
	defer (*T).Show(t, "deferred pointer method expression saw")
	defer T.Twice(*t, 3)
	t.n = 5
	wg.Add(2)
	go (*T).Add(t, 10)
	go func() { defer wg.Done(); T.Show(*t, "in goroutine") }()
	go (*strings.Builder).WriteString(new(strings.Builder), "ignored")
	go func() { defer wg.Done() }()
	wg.Wait()
	t.n++
	println("main ends with", t.n)
}
