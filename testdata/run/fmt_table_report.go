// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"banana split", 12, 4.25}, {"kiwi", 100, 0.333}}
	fmt.Printf("%-14s %5s %8s\n", "item", "qty", "price")
	fmt.Println(strings.Repeat("-", 29))
	total := 0.0
	for i, r := range rows {
		sub := float64(r.Qty) * r.Price
		total += sub
		fmt.Printf("%-14.12s %5d %8.2f %3d%%\n", r.Name, r.Qty, sub, (i+1)*33)
	}
	fmt.Printf("%-14s %5s %8.2f\n", "total", "", total)
	fmt.Printf("%v\n%+v\n", rows[0], rows)
	for _, w := range []int{1, 5, 10} {
		fmt.Printf("[%*s][%-*s]\n", w, "ab", w, "cd")
	}
	fmt.Printf("%08.3f|%x|%X|%o\n", total, 3054, 48879, 511)
}
