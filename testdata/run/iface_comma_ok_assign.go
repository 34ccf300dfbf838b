// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// Comma-ok forms assigned to interface variables convert the value (and ok) to the interface.
package main

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	var i interface{} = 3
	var x, y any
	var ok bool
	x, ok = i.(int)
	println(x.(int), ok)
	x, y = i.(int)
	println(x.(int), y.(bool))

	ch := make(chan int, 2)
	ch <- 5
	close(ch)
	x, ok = <-ch
	println(x.(int), ok)
	x, y = <-ch
	println(x.(int), y.(bool))

	m := map[string]float64{"a": 1.5}
	x, ok = m["a"]
	println(x.(float64), ok)
	x, ok = m["b"]
	println(x.(float64), ok)

	var s Stringer
	names := map[int]name{1: "ada"}
	s, ok = names[1]
	println(s.String(), ok)
	s, ok = names[2]
	println(s.String(), ok, s != nil)
}
