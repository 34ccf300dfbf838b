package main

import "fmt"

// Clamp keeps v between lo and hi.
func Clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

func main() {
	f := func(a string, b bool) error { return nil }
	_ = f("x", /*@sig*/true)
	fmt.Println(Clamp(5, 0, /*@sig*/9))
	fmt.Printf("%d %d\n", 1, /*@sig*/2)
}
