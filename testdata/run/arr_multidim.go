// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var grid [3][4]int
	for i := range 3 {
		for j := range 4 {
			grid[i][j] = i*10 + j
		}
	}
	println(grid[2][3], len(grid), len(grid[0]))
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0])
	var m [2][2]float64 = [2][2]float64{{1, 2}, {3, 4}}
	var n = [2][2]float64{{0, 1}, {1, 0}}
	var r [2][2]float64
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	println(r[0][0], r[0][1], r[1][0], r[1][1])
	id := [3][3]int{{1}, {0, 1}, {0, 0, 1}}
	sum := 0
	for _, row := range id {
		for _, v := range row {
			sum += v
		}
	}
	println(sum, id == [3][3]int{0: {1}, 1: {1: 1}, 2: {2: 1}})
}
