// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Allocates N MiB in 1 MiB slices while keeping only the last few alive: far more than the
// heap can hold at once, so the collector must free large objects.
func main() {
	const n = 600
	var keep [4][]byte
	sum := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 1<<20)
		b[0] = byte(i)
		b[len(b)-1] = byte(i * 3)
		keep[i%4] = b
		if old := keep[(i+1)%4]; old != nil {
			sum += int(old[0]) // the oldest kept slice: never freed early
		}
	}
	ok := true
	for k := 0; k < 4; k++ {
		i := n - 4 + k
		if keep[i%4][0] != byte(i) || keep[i%4][1<<20-1] != byte(i*3) {
			ok = false
		}
	}
	println(sum, ok)
}
