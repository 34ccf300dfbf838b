package main

import "fmt"

const (
	Hex = 0XFF
	Oct = 0O17
	Bin = 0B101
	Exp = 1E10
	HexF = 0x1P-2
	Im = 0123i
	Under = 1_000_000
)

func main() {
	r := 'a'
	s := `raw
string`
	fmt.Println(Hex, Oct, Bin, Exp, HexF, Im, Under, r, s, "esc\t\"q\"", '\n', 1.5e-3)
}
