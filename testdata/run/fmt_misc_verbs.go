// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Temp float64

type Pair struct {
	K string
	V int
}

func main() {
	fmt.Printf("%%|%5%|%-5%|%v%%\n", 1)
	fmt.Printf("%v %.2f %5.1f\n", Temp(21.456), Temp(21.456), []Temp{1, 2.25})
	fmt.Printf("%s %v\n", []Pair{{"a", 1}}, [][]int{{1, 2}, {3}})
	fmt.Printf("%v %v\n", [2][2]int{{1, 2}, {3, 4}}, [0]int{})
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%v %+v\n", []any{1, "a", []int{2}, map[string]int{"k": 1}, Pair{"p", 2}}, []any{Pair{"q", 3}})
	fmt.Printf("%q\n", []any{"x", 1, 'c'})
	fmt.Printf("%06.2f|%-8.3f|%+.1f\n", []float64{1.5, -2}, []float64{0.25}, []float64{3})
	fmt.Printf("%3d|%-3d|\n", [][]int{{1}, {22}}, map[string]int{"a": 1})
	fmt.Printf("%s|%10s|\n", []string{"ab", "c"}, []string{"x"})
	fmt.Printf("%v|%s\n", struct{}{}, []struct{}{{}, {}})
	var ip *int
	x := 5
	ip2 := &x
	fmt.Println(ip == nil, *ip2, fmt.Sprint(ip))
	fmt.Printf("%v %v\n", int32(-7), uint64(7))
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d\n", -1.5, 1.5, 3, 3)
	fmt.Printf("%x|% x|%#x|%# x|%X\n", []byte("Go"), []byte("Go"), []byte("Go"), []byte("Go"), []byte{})
	fmt.Printf("%10.3s|%-10.5q|\n", []byte("abcdef"), []byte("ab"))
}
