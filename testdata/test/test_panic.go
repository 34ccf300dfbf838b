// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "testing"

func TestOK(t *testing.T) { t.Log("fine") }

func TestPanics(t *testing.T) {
	t.Log("before")
	var m map[string]int
	m["x"] = 1
}

func TestNeverRuns(t *testing.T) {}

func TestPanicValue(t *testing.T) {
	panic("never reached: the first panic ends the test binary")
}
