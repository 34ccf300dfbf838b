// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct{ a int }

func (T) M()  {}
func (*T) P() {}

type I interface{ M() }

func main() {
	_ = T.Missing // ERROR "T\.Missing undefined \(type T has no field or method Missing\)"
	_ = (*T).N    // ERROR "\(\*T\)\.N undefined \(type \*T has no field or method N\)"
	_ = T.a       // ERROR "operand for field selector a must be value of type T"
	_ = I.Nope    // ERROR "I\.Nope undefined \(type I has no field or method Nope\)"
	_ = T.M
	_ = (*T).P
}
