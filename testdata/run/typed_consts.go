// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Celsius float64
type Small int8

const MinI8 int8 = -128
const MaxU16 uint16 = 65535
const Boiling Celsius = 100
const Limit Small = 127
const F32 float32 = 0.1
const Half = Boiling / 2

func main() {
	println(MinI8, MaxU16, Boiling, Limit)
	println(F32, float64(F32))
	println(Half)
	var x = MinI8 + 1
	x--
	x--
	println(x)
	var u = MaxU16
	u++
	println(u)
	const mixed = int32(1) << 30
	println(mixed, mixed/2+mixed, -mixed*2)
	const b bool = 3 > 2
	println(b, !b)
	println(uint8(255)+0, int16(-32768), uint32(1<<32-1))
}
