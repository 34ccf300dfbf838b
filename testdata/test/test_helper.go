// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "testing"

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func checkAll(t *testing.T, pairs ...int) {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		check(t, pairs[i], pairs[i+1])
	}
}

func notHelper(t *testing.T) {
	t.Log("logged from a function that is not a helper")
}

func must(tb testing.TB, ok bool) {
	tb.Helper()
	if !ok {
		tb.Fatal("must failed")
	}
}

func TestHelpers(t *testing.T) {
	check(t, 1, 1)
	check(t, 1, 2)
	checkAll(t, 3, 3, 4, 5)
	notHelper(t)
	t.Log("direct")
	must(t, true)
	must(t, false)
	t.Log("not reached")
}
