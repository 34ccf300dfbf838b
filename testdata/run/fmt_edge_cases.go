// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A []int
	B *int
}

type Outer struct {
	Name  string
	In    Inner
	Err   error
	Any   any
	Flt   float32
	Bytes []byte
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "high"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	var negz float64
	negz = -negz
	inf := 1.0
	for i := 0; i < 400; i++ {
		inf *= 10
	}
	nan := inf - inf
	fmt.Println(negz, inf, -inf, nan)
	fmt.Printf("%v %.2f %5.1f %e %g|%8v|%-8v|%08.2f\n", negz, negz, inf, -inf, nan, inf, nan, -inf)
	fmt.Printf("%+d %+d % d % d %x %X %#x %#o %o %b\n", 5, -5, 5, -5, -255, 3054, 255, 8, -8, -5)
	fmt.Printf("%3c|%-4q|%#U|%08b\n", 'z', 'q', 'x', 5)
	fmt.Printf("%.3d|%6.3d|%-6.3d|%.0d|\n", 7, -7, 7, 0)
	fmt.Printf("%x|% x|%X|%q|%s\n", "hi", "hi", []byte("Go"), []byte("a\tb"), []byte("bytes"))
	fmt.Printf("%q %q %q\n", "héllo\x00\x7f", "\u00e9", "tab\there")
	fmt.Printf("%5t|%-7t|%v\n", true, false, []bool{true})
	var ip *int
	x := 5
	o := Outer{Name: "o", In: Inner{[]int{1, 2}, nil}, Err: errors.New("boom"), Any: Level(1), Flt: 0.25, Bytes: []byte("ab")}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println(ip == nil, &x != nil, Level(0), Level(7), []Level{0, 1})
	fmt.Printf("%v %s %d\n", Level(1), Level(0), Level(1))
	var e error = &MyErr{42}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	w := fmt.Errorf("context: %w", e)
	fmt.Println(w, errors.Unwrap(w) == e, errors.Is(w, e))
	var nilErr error
	fmt.Println(nilErr, []any{nil, 1, "a"}, [0]int{}, ip)
	fmt.Printf("%v %d\n", []any{1, "x"}, []int{10, 20})
	fmt.Printf("%T %T %T %T %T\n", o, &o, []any{}, e, nilErr)
	fmt.Printf("%6.2v|%.3s|%10.4q\n", 3.14159, "abcdef", "abcdefgh")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	s := fmt.Sprintln("a", 1, true)
	fmt.Print(s)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%z %!\n", 1)
	fmt.Println(int8(-128), uint16(65535), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Println(1e20, 1e21, 123456.0, 1234567.0, 0.000012, float32(3.4e38), 2.5e-8)
}
