// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unsafe"
)

var samples = []string{
	`{"name":"svc","port":8080,"tls":{"on":false,"cert":"a.pem"},"tags":["x"],"debug":true}`,
	`{"port":9090,"tls":{"on":true},"debug":null,"owner":"ops"}`,
	`{"bad"`,
}

// Documents placed in the program's arena, read back through (offset, length) pairs.
var arena [1024]byte
var used uint32

// put copies sample document i into the arena and returns its offset; doc_len is its length.
//
//go:wasmexport put
func put(i int32) uint32 {
	off := used
	used += uint32(copy(arena[used:], samples[i]))
	return off
}

//go:wasmexport doc_len
func docLen(i int32) uint32 {
	return uint32(len(samples[i]))
}

func doc(off uint32, n uint32) string {
	return unsafe.String(&arena[off], n)
}

// merge overlays the JSON object at (off2, n2) on the one at (off1, n1), key by key and
// into nested objects (null deletes), prints the result indented, and returns its number
// of keys.
//
//go:wasmexport merge
func merge(off1, n1, off2, n2 uint32) int32 {
	var base, over map[string]any
	if err := json.Unmarshal([]byte(doc(off1, n1)), &base); err != nil {
		fmt.Println("base:", err)
		return -1
	}
	if err := json.Unmarshal([]byte(doc(off2, n2)), &over); err != nil {
		fmt.Println("overlay:", err)
		return -1
	}
	overlay(base, over)
	out, err := json.MarshalIndent(base, "", "  ")
	fmt.Println(string(out), err)
	return int32(len(base))
}

func overlay(dst, src map[string]any) {
	for k, v := range src {
		if sub, ok := v.(map[string]any); ok {
			if d, ok := dst[k].(map[string]any); ok {
				overlay(d, sub)
				continue
			}
		}
		if v == nil {
			delete(dst, k)
			continue
		}
		dst[k] = v
	}
}

// keys prints the top-level keys of the document at (off, n), sorted, with the Go types
// a Decoder with UseNumber gives their values; it returns how many there are.
//
//go:wasmexport keys
func keys(off, n uint32) int32 {
	dec := json.NewDecoder(strings.NewReader(doc(off, n)))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		fmt.Println("keys:", err)
		return -1
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s:%T ", k, m[k])
	}
	fmt.Println()
	return int32(len(names))
}

func main() {}
