// Adapted in part from Go's standard library (Div and Rem): Copyright The Go Authors. All
// rights reserved. Use of this source code is governed by a BSD-style license that can be
// found in Go's LICENSE file (https://go.dev/LICENSE).

// Package bits: bit counting and manipulation on unsigned integers; counts are Wasm's
// clz/ctz/popcnt instructions.
package bits

import "runtime"

const UintSize = 64

func LeadingZeros(x uint) int     { return int(runtime.clz64(uint64(x))) }
func LeadingZeros64(x uint64) int { return int(runtime.clz64(x)) }
func LeadingZeros32(x uint32) int { return int(runtime.clz64(uint64(x))) - 32 }
func LeadingZeros16(x uint16) int { return int(runtime.clz64(uint64(x))) - 48 }
func LeadingZeros8(x uint8) int   { return int(runtime.clz64(uint64(x))) - 56 }

func TrailingZeros(x uint) int     { return int(runtime.ctz64(uint64(x))) }
func TrailingZeros64(x uint64) int { return int(runtime.ctz64(x)) }
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return int(runtime.ctz64(uint64(x)))
}
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return int(runtime.ctz64(uint64(x)))
}
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return int(runtime.ctz64(uint64(x)))
}

func OnesCount(x uint) int     { return int(runtime.popcnt64(uint64(x))) }
func OnesCount64(x uint64) int { return int(runtime.popcnt64(x)) }
func OnesCount32(x uint32) int { return int(runtime.popcnt64(uint64(x))) }
func OnesCount16(x uint16) int { return int(runtime.popcnt64(uint64(x))) }
func OnesCount8(x uint8) int   { return int(runtime.popcnt64(uint64(x))) }

func Len(x uint) int     { return 64 - int(runtime.clz64(uint64(x))) }
func Len64(x uint64) int { return 64 - int(runtime.clz64(x)) }
func Len32(x uint32) int { return 64 - int(runtime.clz64(uint64(x))) }
func Len16(x uint16) int { return 64 - int(runtime.clz64(uint64(x))) }
func Len8(x uint8) int   { return 64 - int(runtime.clz64(uint64(x))) }

func RotateLeft(x uint, k int) uint {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func Reverse8(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}
func Reverse16(x uint16) uint16 { return uint16(Reverse8(uint8(x)))<<8 | uint16(Reverse8(uint8(x>>8))) }
func Reverse32(x uint32) uint32 {
	return uint32(Reverse16(uint16(x)))<<16 | uint32(Reverse16(uint16(x>>16)))
}
func Reverse64(x uint64) uint64 {
	return uint64(Reverse32(uint32(x)))<<32 | uint64(Reverse32(uint32(x>>32)))
}
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 {
	return x>>24 | (x>>8)&0xff00 | (x<<8)&0xff0000 | x<<24
}
func ReverseBytes64(x uint64) uint64 {
	return uint64(ReverseBytes32(uint32(x)))<<32 | uint64(ReverseBytes32(uint32(x>>32)))
}
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// Add64 returns x + y + carry and the carry out (carry must be 0 or 1).
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub64 returns x - y - borrow and the borrow out.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul64 returns the 128-bit product of x and y as (hi, lo).
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// Add returns x + y + carry and the carry out.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x + y + carry and the carry out.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	sum64 := uint64(x) + uint64(y) + uint64(carry)
	return uint32(sum64), uint32(sum64 >> 32)
}

// Sub returns x - y - borrow and the borrow out.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x - y - borrow and the borrow out.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

// Mul returns the full product of x and y as (hi, lo).
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y as (hi, lo).
func Mul32(x, y uint32) (hi, lo uint32) {
	tmp := uint64(x) * uint64(y)
	return uint32(tmp >> 32), uint32(tmp)
}

// The runtime errors Div and Rem panic with (gc's runtime.overflowError and divideError).
var overflowError = runtime.newRuntimeError("runtime error: integer overflow")
var divideError = runtime.newRuntimeError("runtime error: integer divide by zero")

// Div returns the quotient and remainder of (hi, lo) divided by y; it panics for y == 0
// (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 is Div on 32-bit halves.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	z := uint64(hi)<<32 | uint64(lo)
	quo, rem = uint32(z/uint64(y)), uint32(z%uint64(y))
	return
}

// Div64 is Div on 64-bit halves.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}

	s := uint(LeadingZeros64(y))
	y <<= s

	const (
		two32  = 1 << 32
		mask32 = two32 - 1
	)
	yn1 := y >> 32
	yn0 := y & mask32
	un32 := hi<<s | lo>>(64-s)
	un10 := lo << s
	un1 := un10 >> 32
	un0 := un10 & mask32
	q1 := un32 / yn1
	rhat := un32 - q1*yn1

	for q1 >= two32 || q1*yn0 > two32*rhat+un1 {
		q1--
		rhat += yn1
		if rhat >= two32 {
			break
		}
	}

	un21 := un32*two32 + un1 - q1*y
	q0 := un21 / yn1
	rhat = un21 - q0*yn1

	for q0 >= two32 || q0*yn0 > two32*rhat+un0 {
		q0--
		rhat += yn1
		if rhat >= two32 {
			break
		}
	}

	return q1*two32 + q0, (un21*two32 + un0 - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) divided by y; it panics for y == 0 but, unlike
// Div, not on a quotient overflow.
func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 is Rem on 32-bit halves.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 is Rem on 64-bit halves: hi is first reduced modulo y, so Div64 cannot overflow.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}
