// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Item struct {
	Name  string   `json:"name"`
	Price float64  `json:"price"`
	Qty   int      `json:"qty,omitempty"`
	Tags  []string `json:"tags"`
	Meta  struct {
		Color string `json:"color"`
	} `json:"meta"`
	Count int64 `json:"count,string"`
	Ptr   *int  `json:"ptr"`
}

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	*t = Temp(v)
	return err
}

type Reading struct {
	At   string `json:"at"`
	Temp Temp   `json:"temp"`
}

func main() {
	var it Item
	err := json.Unmarshal([]byte(`{"name":"pen","price":1.25,"tags":["a","b"],"meta":{"color":"red"},"count":"42","ptr":7,"unknown":[1,2,{"x":null}],"NAME":"Pen"}`), &it)
	fmt.Printf("%+v %v %d %v\n", it.Name, it.Price, it.Count, err)
	fmt.Println(it.Tags, it.Meta.Color, *it.Ptr, it.Qty)

	var anyv any
	err = json.Unmarshal([]byte(` {"a": [1, 2.5, "x", true, null, {"b": {}}], "n": -0.5e3} `), &anyv)
	fmt.Println(anyv, err)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T\n", m["a"], m["n"])

	var mp map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"x":1,"y":2}`), &mp), mp)
	var ints []int
	fmt.Println(json.Unmarshal([]byte(`[3,1,2]`), &ints), ints)
	var arr [2]string
	fmt.Println(json.Unmarshal([]byte(`["p","q","r"]`), &arr), arr)
	var raw json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"keep": [1, 2]}`), &raw), string(raw))
	var num json.Number
	fmt.Println(json.Unmarshal([]byte(`123.456`), &num), num)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &bs), string(bs))

	var rs []Reading
	fmt.Println(json.Unmarshal([]byte(`[{"at":"9am","temp":"21.5C"},{"at":"noon","temp":"25C"}]`), &rs), rs)

	var serr *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a":1,}`), &anyv)
	fmt.Println(err, errors.As(err, &serr), serr.Offset)
	err = json.Unmarshal([]byte(`[1,2`), &ints)
	fmt.Println(err)
	var terr *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"name":5}`), &it)
	fmt.Println(err, errors.As(err, &terr))
	err = json.Unmarshal([]byte(`{"qty":"many"}`), &it)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`300`), new(int8))
	fmt.Println(err)
	fmt.Println(json.Unmarshal([]byte(`{}`), it))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))

	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{a:1}`)), json.Valid([]byte(``)))

	dec := json.NewDecoder(strings.NewReader(`{"name":"a","price":1} {"name":"b","price":2} [1]`))
	for {
		var x Item
		if err := dec.Decode(&x); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(x.Name, x.Price)
	}
	dec = json.NewDecoder(strings.NewReader(`{"name":"a","extra":1}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&it))
	dec = json.NewDecoder(strings.NewReader(`{"n":12345678901234567890}`))
	dec.UseNumber()
	var um map[string]any
	fmt.Println(dec.Decode(&um), um)
	dec = json.NewDecoder(strings.NewReader(`[{"a":1},"s",true]`))
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T %v more=%v\n", tok, tok, dec.More())
	}
}
