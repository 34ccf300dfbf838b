// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Count uint8

func main() {
	for i := range 3 {
		println(i)
	}
	n := 0
	for range 5 {
		n++
	}
	println(n)
	var k int64 = 4
	for i := range k {
		var x int64 = i
		print(x, " ")
	}
	println()
	for i := range Count(3) {
		var c Count = i
		print(c, " ")
	}
	println()
	var u uint = 2
	for i := range u {
		print(i, " ")
	}
	println()
	for i := range -2 {
		println("never", i)
	}
	var j int
	for j = range 4 {
	}
	println(j)
	const N = 3
	sum := 0
	for i := range N {
		for j := range i {
			sum += j
		}
	}
	println(sum)
	lim := 3
	for i := range lim {
		lim = 10
		print(i)
	}
	println()
}
