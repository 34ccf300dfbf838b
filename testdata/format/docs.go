// Package main demonstrates doc comment formatting.
//
//
// Overview
//
// The program does little.
//    indented code
//    more code
//
// # A heading
//
// Final paragraph.   
package main

// F is documented.
//
//
//go:noinline
func F() {}

/* G has a block
doc comment
*/
func G() {}

func main() { F(); G() }
