package main

import (
	"bytes"
	"fmt"
	"strconv"
)

// The standard packages' doc comments are not in their embedded sources; hover shows them
// from the packages' docs (a package of ours takes gc's where it has none: fmt.Println).
func main() {
	var b /*@hover*/bytes.Buffer
	b./*@hover*/WriteString(strconv./*@hover*/Itoa(strconv./*@hover*/IntSize))
	fmt./*@hover*/Println(b./*@hover*/Len())
}
