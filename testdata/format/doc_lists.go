// Package main has doc comments with lists.
//
// Steps:
//   - first
//   - second, which goes on
//     over two lines
//
// Numbered:
//  1. one
//
//  2. two
// Tight after text:
//  * star item
package main

// F does things:
//
//
// 1) alpha
//   2) beta
//
// Then more text.
func F() {}

func main() { F() }
