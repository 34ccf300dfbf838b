// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Arbitrary precision with digit slices: 2^200 and 30!.

func mulSmall(d []int, m int) []int {
	carry := 0
	for i := range d {
		v := d[i]*m + carry
		d[i] = v % 10
		carry = v / 10
	}
	for carry > 0 {
		d = append(d, carry%10)
		carry /= 10
	}
	return d
}

func str(d []int) string {
	b := make([]byte, len(d))
	for i, v := range d {
		b[len(d)-1-i] = byte('0' + v)
	}
	return string(b)
}

func main() {
	p := []int{1}
	for range 200 {
		p = mulSmall(p, 2)
	}
	println(str(p), len(p))
	f := []int{1}
	for i := 2; i <= 30; i++ {
		f = mulSmall(f, i)
	}
	println(str(f))
}
