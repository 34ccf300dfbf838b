// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := correct(false)
	println(e1 == nil, e2 == nil)
	println(e1.(*MyErr) == nil)
	var a, b any
	println(a == b, a == nil)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = "x", "x"
	println(a == b)
	var s fmtStringer
	println(s == nil)
	if err := correct(true); err != nil {
		println("error:", err.Error())
	}
}

type fmtStringer interface{ String() string }
