// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|\n", 42, 42, 42, 42, 42, -42, 42)
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|%+.2e|%+08.2f|% .1f|\n", 3.14159, 3.14159, -3.14159, 12345.678, 1.5, 2.25)
	fmt.Printf("|%10s|%-10s|%.2s|%5.1s|%-5.3s|\n", "right", "left", "truncate", "abc", "héllo")
	fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", 6, 7, 6, 7, 2, 3.14159, 8, 3, 2.5)
	fmt.Printf("|%*d|\n", -6, 7)
	fmt.Printf("|%6.2f%%|%3d%%|\n", 99.5, 7)
	fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|\n", 7, -7, 7, 7, 0, 1)
	fmt.Printf("|%6v|%-6v|%06v|\n", []int{1, 2}, []string{"a"}, []int{3})
	fmt.Printf("|%5t|%-6t|\n", true, false)
	fmt.Printf("|%6x|%-6X|%06x|\n", "ab", "ab", 255)
	fmt.Printf("|%8q|%-8q|\n", "q", 'r')
	fmt.Printf("|%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("|%10.4v|%-10.3v|\n", 3.14159265, "abcdef")
	fmt.Printf("|%5v|%-5v|%5v|\n", nil, true, struct{ A, B int }{1, 2})
	fmt.Printf("|%x|%X|%o|%b|\n", -1, int8(-128), int16(-8), int8(-1))
	fmt.Printf("|%20.10e|%-12g|%12G|\n", 1234.5678, 1e-7, 1e30)
	fmt.Printf("|%.0f|%.0f|%.0f|%.1f|\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("|%*s|\n", 300/100, "x")
	fmt.Printf("|%.*d|\n", -1, 5)
	fmt.Printf("|%*d|\n", "no", 5)
}
