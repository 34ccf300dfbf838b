// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func cell(grid [][]int, r, c int) int { return grid[r][c] }

func main() {
	grid := [][]int{{1, 2}, {3}}
	println(cell(grid, 0, 1), cell(grid, 1, 0))
	println(cell(grid, 1, 1))
}
