// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Num complex128

func (n Num) Abs2() float64 { return real(n)*real(n) + imag(n)*imag(n) }

type Abser interface{ Abs2() float64 }

func describe(v any) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprint("complex64 ", x, " ", real(x))
	case complex128:
		return fmt.Sprint("complex128 ", x, " ", imag(x))
	case Num:
		return fmt.Sprint("Num ", x.Abs2())
	case float64:
		return "float64"
	}
	return "other"
}

func main() {
	vals := []any{1i, complex64(2 + 2i), Num(3 + 4i), 1.5, "s", complex(1, 1)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var a Abser = Num(1 + 1i)
	fmt.Println(a.Abs2(), a)
	z, ok := vals[0].(complex128)
	fmt.Println(z, ok)
	w, ok := vals[0].(complex64)
	fmt.Println(w, ok)
	fmt.Println(vals[0] == any(1i), vals[1] == any(2+2i), vals[5] == vals[0])
	var e any = complex(2, 3)
	c := e.(complex128)
	c += 1
	fmt.Println(c, e)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	_ = e.(complex64)
}
