// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func safe(id int, results chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			results <- "recovered"
		}
	}()
	if id%2 == 0 {
		panic("even")
	}
	results <- "ok"
}

func main() {
	results := make(chan string)
	for i := 0; i < 4; i++ {
		go safe(i, results)
		println(i, <-results)
	}
}
