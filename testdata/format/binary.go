package main

func f(a, b, c int) int {
	x := a+b*c
	y := a + b * c
	z := (a+b) * c
	w := a*b+c*a - b/c
	v := a<<2|b&c
	ok := a>b&&b>c||c==a
	m := -a + ^b - +c
	n := a*-b
	p := f(a+b, b*c, c-a)
	q := []int{a+b, a * b, c}
	r := q[a+1:b*2]
	s := q[a : b]
	t := x&^y
	u := a/ *(&b)
	if a+b > c*2 && (a-b)*c < 10 {
		return x+y+z+w+v+m+n+p+r[0]+s[0]+t+u
	}
	_ = ok
	return a%b
}

func main() {
	println(f(1,2,3))
}
