// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += i
	}
	println("three-clause", sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	println("condition", n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	println("infinite", k)
	for i := range 4 {
		print(i, " ")
	}
	println()
	count := 0
	for range 7 {
		count++
	}
	println("range n", count)
	var lim int8 = 3
	for i := range lim {
		var j int8 = i * 50
		println(j)
	}
	for i := range 0 {
		println("never", i)
	}
	m := -2
	for range m {
		println("never")
	}
	var i int
	for i = 10; i > 0; i -= 3 {
	}
	println("after", i)
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		print(a, b, ";")
	}
	println()
	const c = 3
	for i := range c {
		print(i)
	}
	println()
	var u uint = 2
	for x := range u {
		println(x, x-1)
	}
}
