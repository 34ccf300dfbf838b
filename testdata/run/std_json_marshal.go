// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(l))), nil
}

type Money struct{ Cents int64 }

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

type Person struct {
	Base
	Name     string           `json:"name"`
	Age      int              `json:"age,omitempty"`
	Email    string           `json:"-"`
	Dash     string           `json:"-,"`
	Score    float64          `json:"score"`
	Count    int64            `json:"count,string"`
	Active   bool             `json:"active"`
	Tags     []string         `json:"tags"`
	Nums     []int            `json:"nums,omitempty"`
	Attrs    map[string]int   `json:"attrs"`
	Levels   map[Level]string `json:"levels,omitempty"`
	Home     *Address         `json:"home"`
	Work     *Address         `json:"work,omitempty"`
	Raw      []byte           `json:"raw"`
	Balance  Money            `json:"balance"`
	Level    Level            `json:"level"`
	Extra    any              `json:"extra"`
	RawMsg   json.RawMessage  `json:"rawmsg"`
	private  int
	Untagged string
	Nested   map[string][]bool `json:"nested,omitempty"`
}

func main() {
	p := Person{
		Base:     Base{ID: 7},
		Name:     "Ada <Lovelace> & co",
		Email:    "ada@example.com",
		Dash:     "dash",
		Score:    98.5,
		Count:    12,
		Active:   true,
		Tags:     []string{"math", "code"},
		Attrs:    map[string]int{"z": 26, "a": 1, "m": 13},
		Levels:   map[Level]string{2: "two", 1: "one"},
		Home:     &Address{Street: "1 Main St"},
		Raw:      []byte("hello, world"),
		Balance:  Money{12345},
		Level:    3,
		Extra:    map[string]any{"k": []any{1, "two", 3.5, nil, true}},
		RawMsg:   json.RawMessage(`{"pre":"formatted"}`),
		private:  1,
		Untagged: "u",
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	for _, v := range []any{nil, 1, -2.5, 1e21, 1e-7, 3.0, float32(0.1), "s\"q\n\t\u2028<>&", true, []int(nil), []int{}, map[string]int(nil), [2]string{"a", "b"}, &Address{"x", "y"}, map[int]bool{3: true, 1: false}, []byte{}, struct{}{}} {
		b, err := json.Marshal(v)
		fmt.Println(string(b), err)
	}
	b, err = json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]any{"x": nil}, "c": []any{}}, ">", "  ")
	fmt.Println(string(b), err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetIndent("", " ")
	enc.Encode([]Address{{"a", ""}, {"b", "c"}})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode("<tag>&")
	fmt.Print(sb.String())
}
