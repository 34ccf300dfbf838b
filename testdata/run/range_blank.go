// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	xs := []int{1, 2, 3}
	n := 0
	for _ = range xs {
		n++
	}
	println(n)
	for range xs {
		n++
	}
	println(n)
	for _, _ = range xs {
		n++
	}
	println(n)
	m := map[string]int{"a": 1, "b": 2}
	for _ = range m {
		n++
	}
	println(n)
	for _ = range "héllo" {
		n++
	}
	println(n)
	var arr [4]int
	for i, _ := range arr {
		arr[i] = i * i
	}
	println(arr[3])
	var p *[4]int = &arr
	for i := range p {
		n += p[i]
	}
	println(n)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for _ = range ch {
		n++
	}
	println(n)
}
