// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) || len(b[i]) == len(b[j]) && b[i] < b[j] }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Sort(byLen(words))
	for _, w := range words {
		print(w, " ")
	}
	println()
	nums := []int{5, 2, 8, 1, 9}
	sort.Ints(nums)
	println(nums[0], nums[4], sort.SearchInts(nums, 8))
	sort.Slice(nums, func(i, j int) bool { return nums[i] > nums[j] })
	println(nums[0], nums[4])
}
