// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Walker interface{ Walk() }

type Cat struct{}

func main() {
	var v any = Cat{}
	_ = v.(Walker)
}
