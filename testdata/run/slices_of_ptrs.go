// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Item struct {
	name  string
	price int
}

func main() {
	items := []Item{{"a", 10}, {"b", 20}, {"c", 30}}
	var ptrs []*Item
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	for _, p := range ptrs {
		p.price *= 2
	}
	println(items[0].price, items[2].price)
	var byVal []*Item
	for _, it := range items {
		byVal = append(byVal, &it)
	}
	byVal[0].price = 0
	println(items[0].price, byVal[0].price, byVal[1].name)
	items = append(items, Item{"d", 40})
	ptrs[0].price = 1
	println(items[0].price, ptrs[0].price)
}
