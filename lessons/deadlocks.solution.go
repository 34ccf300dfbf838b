package main

var results = make(chan int32, 1)

//go:wasmexport square
func square(n int32) int32 {
	results <- n * n
	return <-results
}

//go:wasmexport sum_squares
func sumSquares(n int32) int32 {
	ch := make(chan int32)
	for i := int32(1); i <= n; i++ {
		go func() { ch <- i * i }()
	}
	var sum int32
	for i := int32(0); i < n; i++ {
		sum += <-ch
	}
	return sum
}

// lesson:readonly
func main() {}

// lesson:end
