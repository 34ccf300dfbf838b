// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type C float64

func (c C) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println("hello, world")
	fmt.Println(1, 2.5, true, "x", nil, 'a', uint8(7))
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%+d\n", 42, 42, 42, -42, 255, 255, 8, 5, 3)
	fmt.Printf("%s|%10s|%-10s|%q|%.2s\n", "go", "go", "go", "a\"b\n", "hello")
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%v|%G\n", 3.14159, 2.675, -1.5, 123456.789, 1e21, 0.1, 1e-7)
	fmt.Printf("%t|%v|%T|%T|%T\n", true, false, 1, "s", P{})
	p := P{1, 2, "pt"}
	fmt.Println(p, &p)
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Println([]int{1, 2, 3}, [2]string{"a", "b"}, []float64{})
	fmt.Println(C(21.5))
	var e error = fmt.Errorf("wrap: %d", 7)
	fmt.Println(e)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0)
	fmt.Println(s, len(s))
	fmt.Print("x", "y", 1, "\n")
	fmt.Printf("%c|%U|%q\n", 'G', 0x1F600, 'x')
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	var ip *int
	fmt.Println(ip)
	fmt.Printf("%6.2f|%-8v|%08.3f|%+.1e\n", 3.14159, "ab", -3.14159, 12345.678)
	fmt.Println(float32(0.1), 1e6, 123456789.0, -0.0, 100.0)
}
