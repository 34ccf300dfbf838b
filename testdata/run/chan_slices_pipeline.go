// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	batches := make(chan []int)
	sums := make(chan int)
	go func() {
		for b := range batches {
			s := 0
			for _, v := range b {
				s += v
			}
			sums <- s
		}
		close(sums)
	}()
	go func() {
		data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		for i := 0; i < len(data); i += 3 {
			end := i + 3
			if end > len(data) {
				end = len(data)
			}
			batches <- data[i:end]
		}
		close(batches)
	}()
	for s := range sums {
		println("batch sum", s)
	}
}
