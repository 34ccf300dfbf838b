// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	for _, row := range pascal(7) {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	total := 0
	for _, r := range jag {
		total += len(r)
	}
	println(len(jag), total)
}
