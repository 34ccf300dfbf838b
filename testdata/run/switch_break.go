// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			println("break leaves the switch only", i)
			break
		case 4:
			println("last", i)
		}
		println("loop", i)
	}
Outer:
	for i := 0; i < 5; i++ {
		switch {
		case i == 3:
			println("break Outer at", i)
			break Outer
		case i%2 == 0:
			continue
		}
		println("odd", i)
	}
	n := 0
Loop:
	for {
		switch n {
		case 3:
			break Loop
		}
		n++
	}
	println("done", n)
}
