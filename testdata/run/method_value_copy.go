// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Box struct{ v int }

func (b Box) Get() int { return b.v }
func (b *Box) Set(v int) { b.v = v }

func main() {
	b := Box{1}
	get := b.Get
	set := b.Set
	set(5)
	println(get(), b.Get(), b.v)
	var f func() int = Box{9}.Get
	println(f())
	boxes := []Box{{1}, {2}, {3}}
	for _, bx := range boxes {
		bx.Set(100)
	}
	println(boxes[0].v)
	for i := range boxes {
		boxes[i].Set(100 + i)
	}
	println(boxes[0].v, boxes[2].v)
	arr := [2]Box{{1}, {2}}
	for i, bx := range arr {
		arr[1].v = 50
		println(i, bx.v)
	}
	sl := arr[:]
	for i, bx := range sl {
		sl[1].v = 60
		println(i, bx.v)
	}
}
