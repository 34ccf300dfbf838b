// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Err struct{ msg string }

func (e *Err) Error() string { return "Err: " + e.msg }

func level3(n int) int {
	defer println("level3 deferred", n)
	if n == 0 {
		var m map[string]int
		m["x"] = 1
	}
	if n == 1 {
		panic(&Err{"custom"})
	}
	if n == 2 {
		var p *Err
		return len(p.msg)
	}
	if n == 3 {
		z := 0
		return 10 / z
	}
	return n * 100
}

func level2(n int) int {
	defer println("level2 deferred")
	v := level3(n)
	println("level2 after level3 (not reached on panic)")
	return v + 1
}

func safe(n int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
			result = -1
		}
	}()
	result = level2(n)
	return result, nil
}

func noPanic() {
	defer func() {
		println("recover without panic:", recover() == nil)
	}()
}

func loop() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					println("iteration", i, "recovered:", r.(string))
				}
			}()
			if i != 1 {
				panic("odd one")
			}
			println("iteration", i, "fine")
		}()
	}
}

func main() {
	for n := 0; n < 5; n++ {
		r, err := safe(n)
		if err != nil {
			println(n, r, err.Error())
		} else {
			println(n, r, "ok")
		}
	}
	noPanic()
	loop()
	done := make(chan string)
	go func() {
		defer func() {
			done <- "goroutine recovered: " + recover().(string)
		}()
		panic("in goroutine")
	}()
	println(<-done)
	println("main done")
}
