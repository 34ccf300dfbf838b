// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }
func (t *T) Get() int { return t.n } // ERROR "method T\.Get already declared at .*main\.go:6:12"

func (int) Bad() {} // ERROR "cannot define new methods on non-local type int"

type P *T

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func main() {
	var t T
	t.Missing() // ERROR "t\.Missing undefined \(type T has no field or method Missing\)"
}
