// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// panic with a named float: gc prints the dynamic type and the value.

type Celsius float64

func boil(c Celsius) {
	if c >= 100 {
		panic(c + 0.5)
	}
	println("warming", c)
}

func main() {
	boil(20)
	boil(99.5)
	boil(100)
}
