// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

var origin complex128 = 1 + 1i
var table = [3]complex64{1, 1i, -1}

const unit = 1i

func rotate(z complex128) (complex128, complex128) {
	return z * unit, z * unit * unit
}

func accumulator() func(complex128) complex128 {
	var sum complex128
	return func(z complex128) complex128 {
		sum += z
		return sum
	}
}

func apply(fs []func(complex64) complex64, z complex64) []complex64 {
	var out []complex64
	for _, f := range fs {
		out = append(out, f(z))
	}
	return out
}

func sum(zs ...complex128) (total complex128) {
	defer func() { total *= 2 }()
	for _, z := range zs {
		total += z
	}
	return
}

func main() {
	a, b := rotate(origin)
	fmt.Println(a, b)
	acc := accumulator()
	acc(1)
	acc(2i)
	fmt.Println(acc(3 + 3i))
	scale := complex64(2)
	fs := []func(complex64) complex64{
		func(z complex64) complex64 { return z * scale },
		func(z complex64) complex64 { return z + table[1] },
		func(z complex64) complex64 { return -z },
	}
	fmt.Println(apply(fs, 1+2i))
	origin *= 2
	table[2] *= 1i
	fmt.Println(origin, table, sum(1, 2i, 3), sum())
	p := &origin
	*p -= 1
	fmt.Println(origin)
	var fz func() complex128
	fz = func() complex128 { return origin + complex(real(a), 0) }
	fmt.Println(fz())
}
