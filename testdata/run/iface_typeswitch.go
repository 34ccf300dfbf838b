// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Celsius float64

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func describe(v any) {
	switch x := v.(type) {
	case nil:
		println("nil")
	case int:
		println("int", x+1)
	case int8, int16:
		println("small int")
	case string:
		println("string", x, len(x))
	case bool:
		println("bool", !x)
	case Celsius:
		println("celsius", float64(x))
	case float64:
		println("float64", x)
	case Shape:
		println("shape", x.Area())
	case []int:
		println("slice", len(x))
	case error:
		println("error", x.Error())
	default:
		println("other")
	}
}

func main() {
	describe(nil)
	describe(41)
	describe(int8(1))
	describe("héllo")
	describe(true)
	describe(Celsius(36.6))
	describe(2.5)
	describe(Square{3})
	describe([]int{1, 2})
	describe(uint(7))
	describe(struct{}{})
}
