// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Suit int

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Hand []Card

type Deck struct {
	Cards []Card
	Top   *Card
}

func main() {
	h := Hand{{10, 0}, {3, 2}}
	fmt.Println(h, len(h))
	fmt.Printf("%v %s %+v %d\n", h, h, h, h)
	fmt.Println(map[Suit]int{3: 1, 0: 2, 1: 3})
	fmt.Println(map[Card]bool{{1, 1}: true})
	d := Deck{Cards: h, Top: &h[0]}
	fmt.Printf("%v %+v\n", d.Cards, d.Top)
	fmt.Println([]fmt.Stringer{Suit(1), Card{2, 3}})
	fmt.Printf("%q\n", []Suit{0, 1})
	fmt.Printf("%x\n", Suit(2))
	fmt.Printf("%5s|%-5v|\n", Suit(0), Card{1, 0})
}
