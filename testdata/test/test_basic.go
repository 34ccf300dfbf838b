// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"strings"
	"testing"
)

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func TestReverse(t *testing.T) {
	cases := []struct{ in, want string }{{"abc", "cba"}, {"", ""}, {"héllo", "olléh"}}
	for _, c := range cases {
		if got := Reverse(c.in); got != c.want {
			t.Errorf("Reverse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	t.Log("checked", len(cases), "cases")
}

func TestFailing(t *testing.T) {
	t.Logf("about to fail\nwith a second line")
	if Reverse("ab") != "ab" {
		t.Error("Reverse(\"ab\") is not \"ab\":", Reverse("ab"))
	}
	t.Fatalf("stop here: %d", 42)
	t.Log("never printed")
}

func TestSubtests(t *testing.T) {
	for _, word := range []string{"go", "wasm", "go"} {
		t.Run(word, func(t *testing.T) {
			if strings.ToUpper(word) == "WASM" {
				t.Skip("skipping", word)
			}
			t.Logf("%s reversed is %s", word, Reverse(word))
		})
	}
	t.Run("with space", func(t *testing.T) {
		t.Run("nested", func(t *testing.T) {
			t.Error("nested failure")
		})
	})
	t.Log("back in the parent")
}

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup 1") })
	t.Cleanup(func() { fmt.Println("cleanup 2") })
	fmt.Println("body of", t.Name())
}

func TestSkipped(t *testing.T) {
	t.Skipf("not on %s", "wasip1")
}
