// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Walker interface{ Walk() }

type Sizer interface{ Size() int }

type Cat struct{}

func (c *Cat) Walk() {}

type Box struct{}

func (b Box) Size() string { return "" }

type Dog struct{}

func main() {
	var w Walker = Cat{} // ERROR "cannot use Cat\{\} \(value of struct type Cat\) as Walker value in variable declaration: Cat does not implement Walker \(method Walk has pointer receiver\)"
	var s Sizer = Box{} // ERROR "cannot use Box\{\} \(value of struct type Box\) as Sizer value in variable declaration: Box does not implement Sizer \(wrong type for method Size\)"
	var d Walker = Dog{} // ERROR "cannot use Dog\{\} \(value of struct type Dog\) as Walker value in variable declaration: Dog does not implement Walker \(missing method Walk\)"
	n := 5
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_ = w.(Dog) // ERROR "impossible type assertion: w\.\(Dog\)"
	switch x := w.(type) { // ERROR "x declared and not used"
	case *Cat:
	}
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	_, _, _ = w, s, d
}
