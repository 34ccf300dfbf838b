package main

// Clamp keeps v between lo and hi.
func Clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

func main() {
	_ = Clamp(1, /*@sig*/
}
