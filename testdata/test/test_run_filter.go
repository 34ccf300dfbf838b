// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "testing"

func TestAlpha(t *testing.T) {
	t.Run("one", func(t *testing.T) { t.Log("alpha one") })
	t.Run("two", func(t *testing.T) { t.Log("alpha two") })
}

func TestBeta(t *testing.T) {
	t.Log("beta is filtered out")
}

func TestAlphabet(t *testing.T) {
	t.Run("one", func(t *testing.T) { t.Log("alphabet one") })
	t.Run("three", func(t *testing.T) { t.Log("alphabet three") })
}
