// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"strconv"
	"testing"
)

func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func TestFib(t *testing.T) {
	if Fib(10) != 55 {
		t.Fatal("Fib(10) != 55")
	}
}

func BenchmarkFib(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Fib(10)
	}
}

func BenchmarkItoaLoop(b *testing.B) {
	s := make([]byte, 0, 1000)
	b.ResetTimer()
	for b.Loop() {
		s = strconv.AppendInt(s[:0], 12345, 10)
	}
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("not measured")
}
