// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(Kind(1), Kind("s"), Kind(2.5), Kind([]int{}))
}
