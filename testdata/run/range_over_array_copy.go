// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		if i == 2 {
			fmt.Println("copy:", v)
		}
	}
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		b[2] = 100
		if i == 2 {
			fmt.Println("pointer:", v)
		}
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
}
