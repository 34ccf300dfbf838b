// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func show(a []int) {
	for _, v := range a {
		print(v, " ")
	}
	println()
}

func main() {
	a := []int{5, 2, 9, -1, 0, 5, 3}
	insertion(a)
	show(a)
	var seed uint32 = 12345
	b := make([]int, 20)
	for i := range b {
		seed = seed*1103515245 + 12345
		b[i] = int(seed>>16) % 100
	}
	quick(b)
	show(b)
}
