// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type MyInt int
type MyStr string
type MyBool bool
type MySlice []string
type MyMap map[string]MyInt

func main() {
	var i8 int8 = -8
	var u16 uint16 = 65535
	var r rune = 'x'
	var by byte = 'y'
	var up uintptr = 42
	var f32 float32 = 1.1
	fmt.Println(i8, u16, r, by, up, f32, float64(f32))
	fmt.Println(MyInt(3), MyStr("s"), MyBool(true), MySlice{"a", "b"}, MyMap{"k": 1})
	fmt.Println(1e6, 1e-6, 123456789.0, 1234567890123.0, 0.000001234, 100.0, -2.5e-10)
	fmt.Println(float32(1e6), float32(3.4e38), float32(1)/3, 2.0/3)
	fmt.Println([]float64{1, 2.5}, []float32{0.1}, [2]bool{true}, []string{"", " "})
	fmt.Println("a\tb", "c\nd", `e\n`)
	fmt.Println([]byte("hi"), []rune("hi"), string([]byte{72, 105}), string(rune(65)))
	fmt.Println(struct{}{}, []struct{}{}, [0]int{}, [][]int{nil, {}})
	var ip interface{} = MyInt(5)
	fmt.Println(ip)
	fmt.Printf("%v %T\n", ip, ip)
}
