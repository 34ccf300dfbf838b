// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

type C complex64

func (c C) String() string { return fmt.Sprintf("C<%g>", complex64(c)) }

func main() {
	z := complex(1.5, -2.25)
	var c64 complex64 = 3 + 4i
	fmt.Println(z, c64)
	fmt.Printf("%v %g %f %e %.2f %+v %T %T\n", z, z, z, z, z, z, z, c64)
	fmt.Printf("%8.2f|%-20v|%E|%G|%F\n", z, c64, z, c64, z)
	fmt.Printf("%+.3e|% .1f|%010.3f|%#g\n", z, z, z, c64)
	fmt.Printf("%x %X %b\n", z, c64, complex64(1+2i))
	fmt.Printf("%d %s %q\n", z, z, c64)
	fmt.Printf("%v %v\n", complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), 0))
	fmt.Println(C(2i), []C{1, 2}, []complex128{1, 2i})
	fmt.Printf("%v %#v %+v\n", []complex64{1i}, []complex128{1, 2i}, struct{ Z complex128 }{1})
	fmt.Println(fmt.Sprint(z, z), fmt.Sprintln(c64, "x"))
	fmt.Printf("%6.1f|%-12.1f|\n", 1+1i, 2-2i)
	fmt.Printf("%[2]v %[1]v %v\n", 1i, 2i)
	s := fmt.Sprintf("%.1f", complex64(complex(1.25, 2.75)))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Errorf("bad value %v", z))
	fmt.Printf("%T %T\n", C(0), map[complex64]bool{})
}
