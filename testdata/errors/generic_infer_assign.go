// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func Identity[T any](x T) T { return x }

func Pair[K comparable, V any](k K) V {
	var v V
	return v
}

func Num[T int | float64](x T) T { return x }

func main() {
	var h func(string) string = Num // ERROR "string does not satisfy int \| float64"
	var j = Identity                // ERROR "cannot use generic function Identity without instantiation"
	k := Pair[int]                  // ERROR "cannot infer V"
	var l interface{} = Identity    // ERROR "cannot use generic function Identity without instantiation"
	var f func(int) string = Identity // ERROR "does not match type func\(int\) string"
	_, _, _, _, _ = h, j, k, l, f
}
