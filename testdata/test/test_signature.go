// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "testing"

func TestGood(t *testing.T) {}

func TestBad(x int) {}

func BenchmarkBad(t *testing.T) {}
