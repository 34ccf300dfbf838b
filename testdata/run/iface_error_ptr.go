// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func get(fail bool) error {
	if fail {
		return &E{"bad\nline"}
	}
	return nil
}

func main() {
	err := get(false)
	println(err == nil)
	err = get(true)
	println(err != nil, err.Error())
	var v any = err
	if e, ok := v.(error); ok {
		println("is error", e.Error())
	}
	panic(err)
}
