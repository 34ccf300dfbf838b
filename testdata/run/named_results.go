// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (a int8, b uint64, c float32, d bool) { return }

func override() (n int) {
	n = 5
	return 7
}

func shadowed(k int) (res int) {
	res = k
	if k > 0 {
		res := k * 100
		_ = res
	}
	return
}

func counter(limit int) (count int, last int) {
	for i := 0; i < limit; i++ {
		if i%3 == 0 {
			count++
			last = i
		}
	}
	return
}

func main() {
	println(split(17))
	println(zero())
	println(override())
	println(shadowed(3))
	println(counter(10))
	c, l := counter(0)
	println(c, l)
}
