package main

func kind(x interface{}) string {
	switch v := x.(type) {
		case int:
		return "int"
	case string, []byte:
			_ = v
		return "text"
	default:
	return "other"
	}
}

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	switch x := 3; x {
	case 1,2,3:
		println("small")
		fallthrough
	case 4:
		println("four")
	}
	select {
		case v := <-ch:
		println(v)
	case ch <- 1:
	case <-done:
	default:
	}
	select {}
	println(kind(1))
}
