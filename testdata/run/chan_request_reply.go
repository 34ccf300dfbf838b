// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type request struct {
	n     int
	reply chan int
}

func server(reqs chan request) {
	for r := range reqs {
		r.reply <- r.n * 10
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- request{i, rc}
		println("reply", <-rc)
	}
	close(reqs)
	sem := make(chan struct{}, 2)
	done := make(chan int)
	for i := range 4 {
		go func() {
			sem <- struct{}{}
			done <- i
			<-sem
		}()
	}
	total := 0
	for range 4 {
		total += <-done
	}
	println("total", total, len(sem))
}
