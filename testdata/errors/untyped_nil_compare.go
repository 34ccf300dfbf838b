// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	defer func() {
		if e := recover(); 0.5 != nil { // ERROR "invalid operation: 0\.5 != nil \(mismatched types untyped float and untyped nil\)"
			println(e)
		}
	}()
	x := 1
	println(nil == 1)    // ERROR "invalid operation: nil == 1 \(mismatched types untyped nil and untyped int\)"
	println("s" != nil)  // ERROR "invalid operation: \x22s\x22 != nil \(mismatched types untyped string and untyped nil\)"
	println(true == nil) // ERROR "invalid operation: true == nil \(mismatched types untyped bool and untyped nil\)"
	println(x == nil)    // ERROR "invalid operation: x == nil \(mismatched types int and untyped nil\)"
	println('a' != nil)  // ERROR "invalid operation: 'a' != nil \(mismatched types untyped rune and untyped nil\)"
}
