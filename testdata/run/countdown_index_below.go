// A loop counting j down from a checked index to j >= 0 reads s[j-1]: at j == 0 that index
// is -1, so its check stays.
package main

func pairs(s []int, i int) {
	_ = s[i]
	for j := i; j >= 0; j-- {
		println(s[j], s[j-1])
	}
}

func main() {
	pairs([]int{10, 20, 30, 40}, 3)
}
