// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	goto skip // ERROR "goto skip jumps over declaration of x at .*main\.go:6:4"
	x := 1
skip:
	println(x)
	goto missing // ERROR "label missing not defined"
	{
	inner:
		println("inner")
	}
	goto inner // ERROR "goto inner jumps into block starting at .*main\.go:10:2"
}
