// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Suit uint8

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
	numSuits
)

var names = [...]string{Spades: "spades", Hearts: "hearts", Diamonds: "diamonds", Clubs: "clubs"}

func (s Suit) String() string {
	if s >= numSuits {
		return "invalid"
	}
	return names[s]
}

func (s Suit) Red() bool { return s == Hearts || s == Diamonds }

func main() {
	for s := Spades; s <= numSuits; s++ {
		println(s, s.String(), s.Red())
	}
	println(len(names), cap(names[1:]))
}
