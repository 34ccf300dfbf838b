// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Counter struct{ n int32 }

//go:wasmexport inc
func (c *Counter) Inc() { c.n++ } // ERROR "cannot use //go:wasmexport on a method"

//go:wasmexport value
func (c Counter) Value() int32 { return c.n } // ERROR "cannot use //go:wasmexport on a method"

//go:wasmexport ok
func ok() int32 { return 1 }

func main() {}
