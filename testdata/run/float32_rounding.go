// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// float32 arithmetic rounds each result to float32; println shows the float32 value.

func main() {
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum64 += 0.1
	}
	println(sum, sum64, sum == 1, float64(sum))
	var big float32 = 16777216
	println(big+1, big+2, big+1 == big)
	var third float32 = 1.0 / 3
	println(third, float64(third), third*3)
	var a float32 = 1e10
	var b float32 = 1
	println(a+b-a, float64(a)+float64(b)-float64(a))
	var p float32 = 3.14159265358979
	println(p, float64(p))
	var m float32 = 0.1
	println(m*m, float32(0.1*0.1))
	var h float32 = 1.5
	println(h*h*h, h/0.7)
	var large float32 = 3e38
	println(large*2/2, large/2*2)
}
