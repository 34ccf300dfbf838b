// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Map iteration order is unspecified: collect the keys and sort them.

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40, "eve": 22}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, ages[k])
	}
	sum := 0
	for _, v := range ages {
		sum += v
	}
	println("sum", sum)
	for k := range ages {
		if ages[k] < 30 {
			delete(ages, k)
		}
	}
	println(len(ages))
}
