// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func kind(n int) int {
	switch n {
	case 1, 3, 5, 7, 9:
		return 1
	case 2, 4, 6, 8:
		return 2
	default:
		return 0
	case 0:
		return -1
	}
}

func tagless(x int) {
	switch {
	case x < 0:
		println(x, "negative")
	case x == 0:
		println(x, "zero")
	case x < 10:
		println(x, "small")
	default:
		println(x, "large")
	}
}

func falls(n int) {
	switch n {
	case 0:
		print("zero ")
		fallthrough
	case 1:
		print("one ")
		fallthrough
	default:
		print("default ")
	case 2:
		print("two ")
		fallthrough
	case 3:
		print("three")
	}
	println()
}

func main() {
	for i := -1; i <= 10; i++ {
		print(kind(i), " ")
	}
	println()
	tagless(-3)
	tagless(0)
	tagless(5)
	tagless(50)
	for i := 0; i < 5; i++ {
		falls(i)
	}
	switch x := 5; x * 2 {
	case 10:
		println("init ten", x)
	}
	switch y := 3; {
	case y > 2:
		println("init tagless", y)
	}
	switch {
	}
	var u uint8 = 200
	switch u + 100 {
	case 44:
		println("wrapped")
	case 300 - 256 + 1:
		println("no")
	}
}
