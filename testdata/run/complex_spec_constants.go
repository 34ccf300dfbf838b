// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

// The Go spec's examples of imaginary literals and complex constants.
const (
	a = 0i
	b = 0123i // == 123i for backward-compatibility
	c = 0o123i
	d = 0xabci
	e = 0.i
	f = 2.71828i
	g = 1.e+0i
	h = 6.67428e-11i
	k = 1e6i
	l = 0x1p-2i
	m = 0x1.fffffffffffffp1023i
)

const Huge = 1 << 100
const Four int8 = Huge >> 98

const (
	zc = 1 - 0.707i            // (untyped complex constant)
	zr = real(zc)              // (untyped float constant)
	zi = imag(zc)              // (untyped float constant)
	z2 = complex(zr, zi) * 2i  // (untyped complex constant)
	zs = 'a' + 1i              // rune + complex
	ze = zc == complex(1, -0.707)
	zn = zc != 1
)

const Σ = 1 - 0.707i
const Δ = Σ + 2.0e-4
const Φ = iota*1i - 1/1i

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, k, l)
	fmt.Println(imag(m), Four)
	fmt.Println(zc, zr, zi, z2, zs, ze, zn)
	fmt.Println(Σ, Δ, Φ)
	var x int = 1 + 0i
	var y float32 = 2.5 + 0i
	var z complex64 = 3
	fmt.Println(x, y, z)
	fmt.Printf("%T %T %T %T\n", zc, zr, 1i*1i, real(2))
	const big = 1e300 * 1e300i
	fmt.Println(big/1e300i == 1e300)
}
