// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			q = -1
			err = e.(error)
		}
	}()
	return a / b, nil
}

func counter() (n int) {
	for i := range 3 {
		defer func() { n += i }()
	}
	return 10
}

func main() {
	println(double())
	q, err := safeDiv(7, 2)
	println(q, err == nil)
	q, err = safeDiv(7, 0)
	println(q, err.Error())
	println(counter())
}
