// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	jobs := make(chan func() int, 3)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j()
		}
		close(results)
	}()
	for i := 1; i <= 3; i++ {
		jobs <- func() int { return i * i }
	}
	close(jobs)
	for r := range results {
		println("result", r)
	}
}
