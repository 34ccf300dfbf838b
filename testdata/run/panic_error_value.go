// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "my error" }

func main() {
	defer println("deferred before crash")
	var err error = MyErr{3}
	panic(err)
}
