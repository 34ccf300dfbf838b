// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

// Named types whose underlying type is allowed are allowed, as parameters and results.

type Meters float32
type ID uint64
type Flag bool
type Offset int32
type Count uint32
type Big int64
type Addr uintptr
type Ratio float64
type Handle unsafe.Pointer

//go:wasmexport double_meters
func doubleMeters(m Meters) Meters { return m * 2 }

//go:wasmexport next_id
func nextID(id ID) ID { return id + 1 }

//go:wasmexport flip
func flip(f Flag) Flag { return !f }

//go:wasmexport shift
func shift(o Offset, c Count) Offset { return o << c }

//go:wasmexport neg_big
func negBig(b Big) Big { return -b }

//go:wasmexport addr_plus
func addrPlus(a Addr, n Count) Addr { return a + Addr(n) }

//go:wasmexport halve
func halve(r Ratio) Ratio { return r / 2 }

//go:wasmexport handle_addr
func handleAddr(h Handle) Addr { return Addr(uintptr(h)) }

func main() {}
