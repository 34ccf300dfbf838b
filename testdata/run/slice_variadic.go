// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func first(label string, rest ...float64) {
	print(label, len(rest))
	for _, r := range rest {
		print(" ", r)
	}
	println()
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	println(sum(nums...))
	first("none")
	first("two", 1.5, 2.5)
	mutate(nums...)
	println(nums[0])
	mutate(1, 2)
	var nilSlice []int
	println(sum(nilSlice...))
}
