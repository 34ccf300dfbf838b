// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Button struct {
	label   string
	onClick []func(string)
}

func (b *Button) On(f func(string)) { b.onClick = append(b.onClick, f) }

func (b *Button) Click() {
	for _, f := range b.onClick {
		f(b.label)
	}
}

func main() {
	clicks := 0
	b := &Button{label: "ok"}
	b.On(func(l string) { clicks++ })
	b.On(func(l string) { println("clicked", l, clicks) })
	b.Click()
	b.label = "cancel"
	b.Click()
	println(clicks)
}
