// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unsafe"
)

type Line struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Summary struct {
	Count int            `json:"count"`
	Total float64        `json:"total"`
	BySKU map[string]int `json:"by_sku"`
	Max   *Line          `json:"max,omitempty"`
}

// The host's view of the program's memory: JSON text at (offset, length) pairs.
var arena [2048]byte
var used uint32

func text(off, n uint32) string {
	return unsafe.String(&arena[off], n)
}

// add_line appends one order line to the JSON array the arena starts with and returns the
// array's length.
//
//go:wasmexport add_line
func addLine(sku int32, qty int32, price float64) uint32 {
	b, _ := json.Marshal(Line{SKU: "sku-" + strconv.Itoa(int(sku)), Qty: int(qty), Price: price})
	if used == 0 {
		arena[0] = '['
		used = 1
	} else {
		arena[used-1] = ','
	}
	used += uint32(copy(arena[used:], b))
	arena[used] = ']'
	used++
	return used
}

// poke overwrites one byte of the arena (to hand summarize bad input).
//
//go:wasmexport poke
func poke(off uint32, c uint32) {
	arena[off] = byte(c)
}

// summarize reads the JSON array of lines at (off, n), totals it and writes the summary as
// JSON after it; it returns the summary's length, -1 on bad input.
//
//go:wasmexport summarize
func summarize(off, n uint32) int32 {
	var lines []Line
	if err := json.Unmarshal([]byte(text(off, n)), &lines); err != nil {
		fmt.Println("bad input:", err)
		return -1
	}
	s := Summary{BySKU: map[string]int{}}
	for i, l := range lines {
		s.Count += l.Qty
		s.Total += float64(l.Qty) * l.Price
		s.BySKU[l.SKU] += l.Qty
		if s.Max == nil || l.Price > s.Max.Price {
			s.Max = &lines[i]
		}
	}
	out, _ := json.Marshal(s)
	copy(arena[off+n:], out)
	fmt.Println(text(off+n, uint32(len(out))))
	return int32(len(out))
}

func main() {}
