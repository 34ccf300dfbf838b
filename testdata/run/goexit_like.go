// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func level3() {
	defer println("level3 defer")
	panic("deep")
}

func level2() {
	defer println("level2 defer")
	level3()
	println("not reached")
}

func level1() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "recovered " + r.(string)
		}
	}()
	level2()
	return "normal"
}

func main() {
	println(level1())
}
