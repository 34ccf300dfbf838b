// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type T int

func F[T any](x T) string { return fmt.Sprintf("%T", x) }

func G[int any](x int) int { return x }

func main() {
	var t T = 3
	fmt.Println(F(t), F("s"), G(2.5), G[string]("x"))
}
