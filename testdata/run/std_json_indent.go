// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	src := []byte(` { "a" : [ 1 , 2 , { "b" : null } ] , "c" : "x y" , "d" : { } , "e" : [ ] } `)
	var out bytes.Buffer
	fmt.Println(json.Indent(&out, src, "# ", "\t"))
	fmt.Println(out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, src), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`{"a":}`), "", " "))
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"h":"<b>&amp;</b>"}`))
	fmt.Println(out.String())
	b, _ := json.MarshalIndent([]any{1, map[string]int{"x": 1}, []string{}}, "", "    ")
	fmt.Println(string(b))
}
