// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "fmt"

type User struct {
	Name string
	Age  int
}

type URL struct {
	Scheme string
	User   *User
	Tags   []string
}

// Clone copies u and what User points to, as net/url's URL.Clone does.
func (u *URL) Clone() *URL {
	if u == nil {
		return nil
	}
	uc := new(*u)
	if u.User != nil {
		uc.User = new(*u.User)
	}
	return uc
}

func next() (n int) {
	calls++
	return calls * 10
}

var calls int

type Celsius float64

func main() {
	p := new(42)
	fmt.Printf("%T %d\n", p, *p)
	f := new(1.5)
	s := new("text")
	r := new('x')
	b := new(3 > 2)
	c := new(2i)
	fmt.Printf("%T %v %T %q %T %v %T %v %T %v\n", f, *f, s, *s, r, *r, b, *b, c, *c)
	t := new(Celsius(36.6))
	fmt.Printf("%T %v\n", t, *t)
	i := new(int8(-3))
	*i *= 2
	fmt.Println(*i)

	u := &URL{Scheme: "https", User: &User{Name: "ada", Age: 36}, Tags: []string{"a"}}
	v := u.Clone()
	v.Scheme = "http"
	v.User.Name = "bob"
	v.Tags[0] = "shared"
	fmt.Println(u.Scheme, u.User.Name, u.Tags, v.Scheme, v.User.Name, v.Tags)
	var nu *URL
	fmt.Println(nu.Clone() == nil)

	q := new(next())
	q2 := new(next())
	fmt.Println(*q, *q2, calls)

	arr := [3]int{1, 2, 3}
	pa := new(arr)
	pa[0] = 100
	fmt.Println(arr, *pa)

	e := new(error(nil))
	fmt.Println(*e == nil)
	var err error = fmt.Errorf("boom")
	pe := new(err)
	fmt.Println(*pe)

	fn := new(func(x int) int { return x * x })
	fmt.Println((*fn)(7))

	m := new(map[string]int{"k": 1})
	(*m)["j"] = 2
	fmt.Println(len(*m))

	pp := new(&User{Name: "inner"})
	fmt.Println((*pp).Name)

	var x any = 5
	px := new(x)
	fmt.Printf("%T %v\n", px, *px)

	up := new(User{Name: "z", Age: 1})
	fmt.Printf("%+v\n", *up)
	zero := new(User)
	fmt.Printf("%+v\n", *zero)
}
