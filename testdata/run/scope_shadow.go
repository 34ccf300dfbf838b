// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var x = 1

func show() { println("package x", x) }

func main() {
	println(x)
	x := 2
	println(x)
	{
		x := 3
		println(x)
		{
			x++
			println(x)
		}
		println(x)
	}
	println(x)
	show()
	for x := 10; x < 12; x++ {
		println("loop", x)
	}
	if x := "shadow"; len(x) > 0 {
		println(x)
	}
	switch x := 5.5; {
	case x > 5:
		println("switch", x)
	}
	println(x)
	var println2 = 7
	println(println2)
	true := false
	println(true)
}
