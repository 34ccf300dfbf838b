// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func sign(x int) int {
	if x < 0 {
		return -1
	} else if x == 0 {
		return 0
	}
	return 1
}

func grade(score int) int32 {
	if s := score / 10; s >= 9 {
		return 'A'
	} else if s >= 8 {
		return 'B'
	} else if d := s - 5; d > 0 {
		return 'C' + int32(3-d)
	} else {
		return 'F' + int32(d)*0
	}
}

func main() {
	println(sign(-5), sign(0), sign(7))
	println(grade(95), grade(85), grade(75), grade(65), grade(55), grade(5))
	x := 10
	if x := 5; x > 3 {
		println("inner x", x)
	}
	println("outer x", x)
	if y := x * 2; y > 100 {
		println("big")
	} else if z := y + 1; z > 20 {
		println("z", z, y)
	} else {
		println("small", y, z)
	}
	if !(x > 5) || x == 10 {
		println("yes")
	}
}
