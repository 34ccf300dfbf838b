// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"testing"
)

func TestParallel(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Log("running", name)
		})
	}
	fmt.Println("subtests paused")
}

func TestAfter(t *testing.T) {
	t.Log("runs after every parallel subtest of TestParallel")
}
