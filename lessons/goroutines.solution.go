package main

// lesson:readonly
// sumRange returns lo + (lo+1) + ... + (hi-1).
func sumRange(lo, hi int64) int64 {
	var s int64
	for i := lo; i < hi; i++ {
		s += i
	}
	return s
}

// lesson:end

//go:wasmexport sum_parallel
func sumParallel(n int32) int64 {
	var total int64
	sums := make(chan int64)
	step := int64(n)/4 + 1
	for part := int64(0); part < 4; part++ {
		lo, hi := 1+part*step, min(1+(part+1)*step, int64(n)+1)
		go func() {
			sums <- sumRange(lo, hi)
		}()
	}
	for i := 0; i < 4; i++ {
		total += <-sums
	}
	return total
}

func main() {}
