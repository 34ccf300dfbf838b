// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return a.Name }
func (a *Animal) AddLeg()         { a.Legs++ }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

func (d Dog) Describe() string { return d.Name + " the " + d.Breed }

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	println(d.Name, d.Legs, d.Animal.Name)
	println(d.Describe(), d.Animal.Describe())
	d.AddLeg()
	println(d.Legs)
	l := Loud{&d, 11}
	l.AddLeg()
	println(d.Legs, l.Name, l.Describe(), l.Volume)
	l.Name = "Max"
	println(d.Name)
	type Inner struct{ V int }
	type Outer struct {
		Inner
		V int
	}
	o := Outer{Inner{1}, 2}
	println(o.V, o.Inner.V)
}
