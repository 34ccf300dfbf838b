// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func trace(name string) string {
	println("enter", name)
	return name
}

func un(name string) { println("leave", name) }

func nested() {
	defer un(trace("nested"))
	println("in nested")
}

func main() {
	for i := range 3 {
		defer println("deferred", i)
	}
	x := 1
	defer println("x at defer time:", x)
	x = 2
	defer func() { println("x in closure:", x) }()
	x = 3
	nested()
	println("end of main")
}
