// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct {
	X, Y int
	name string
}

type Named struct {
	Point
	Tags  []string
	Attrs map[string]int
	Any   any
	Next  *Named
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func (p Point) Error() string { return fmt.Sprintf("point %d,%d", p.X, p.Y) }

func main() {
	n := Named{Point: Point{1, 2, "p"}, Tags: []string{"a", "b"}, Attrs: map[string]int{"k": 1}, Any: 3.5}
	v := reflect.ValueOf(&n).Elem()
	fmt.Println(v.Kind(), v.NumField(), v.CanAddr(), v.CanSet(), reflect.ValueOf(n).CanSet())
	p := v.Field(0)
	p.Field(0).SetInt(10)
	p.FieldByName("Y").SetInt(20)
	fmt.Println(n.X, n.Y, p.Field(2).CanSet(), p.Field(2).CanInterface(), p.Field(2).String())
	fmt.Println(v.FieldByName("X").Int(), v.FieldByIndex([]int{0, 1}).Int())
	tags := v.Field(1)
	fmt.Println(tags.Len(), tags.Cap() >= 2, tags.Index(1).Interface(), tags.Index(0).CanSet())
	tags.Index(0).SetString("z")
	tags.Set(reflect.Append(tags, reflect.ValueOf("c")))
	fmt.Println(n.Tags)
	tags.SetLen(1)
	fmt.Println(n.Tags)
	attrs := v.Field(2)
	attrs.SetMapIndex(reflect.ValueOf("j"), reflect.ValueOf(2))
	fmt.Println(attrs.MapIndex(reflect.ValueOf("j")).Interface(), attrs.MapIndex(reflect.ValueOf("none")).IsValid(), attrs.Len())
	var keys []string
	for _, k := range attrs.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	it := attrs.MapRange()
	for it.Next() {
		sum += int(it.Value().Int())
	}
	fmt.Println(sum)
	attrs.SetMapIndex(reflect.ValueOf("k"), reflect.Value{})
	fmt.Println(n.Attrs)
	a := v.Field(3)
	fmt.Println(a.Kind(), a.Elem().Kind(), a.Elem().Float(), a.IsNil())
	a.Set(reflect.ValueOf("now a string"))
	fmt.Println(n.Any)
	next := v.Field(4)
	fmt.Println(next.IsNil(), next.IsZero())
	next.Set(reflect.New(v.Type()))
	next.Elem().Field(0).Field(0).SetInt(99)
	fmt.Println(n.Next.X, next.Elem().Field(0).Field(0).Int())

	fmt.Println(reflect.ValueOf(Code(3)).Interface(), reflect.ValueOf(Code(3)).Int(), reflect.ValueOf(uint8(200)).Uint(), reflect.ValueOf(float32(1.5)).Float())
	fmt.Println(reflect.ValueOf(Code(7)).MethodByName("String").Call(nil)[0].String())
	fmt.Println(reflect.ValueOf(Point{1, 2, ""}).Method(0).Call(nil)[0].String(), reflect.ValueOf(Point{}).NumMethod())
	fmt.Println(reflect.ValueOf([]byte("hi")).Bytes(), reflect.ValueOf("héllo").Len(), reflect.ValueOf("abc").Index(1).Uint())
	fmt.Println(reflect.ValueOf(42).String(), reflect.Value{}.String(), reflect.Value{}.IsValid(), reflect.Value{}.Kind())
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(int8(0)).OverflowInt(100), reflect.ValueOf(uint16(0)).OverflowUint(70000), reflect.ValueOf(float32(0)).OverflowFloat(1e39))
	fmt.Println(reflect.ValueOf(Code(65)).Convert(reflect.TypeOf("")).Interface(), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(7).Convert(reflect.TypeOf(Code(0))).Interface())
	fmt.Println(reflect.ValueOf("xy").Convert(reflect.TypeOf([]byte(nil))).Interface())
	z := reflect.Zero(reflect.TypeOf(Point{}))
	fmt.Println(z.IsZero(), reflect.ValueOf(Point{X: 1}).IsZero(), reflect.ValueOf(0.0).IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero())
	m := reflect.MakeMap(reflect.TypeOf(map[string][]int{}))
	m.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf([]int{1}))
	fmt.Println(m.Interface())
	s := reflect.MakeSlice(reflect.TypeOf([]float64{}), 2, 4)
	s.Index(1).SetFloat(2.5)
	s = reflect.AppendSlice(s, reflect.ValueOf([]float64{7, 8}))
	fmt.Println(s.Interface(), s.Len())
	dst := make([]int, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{5, 6, 7})), dst)
	ip := reflect.New(reflect.TypeOf(0))
	ip.Elem().SetInt(5)
	fmt.Println(*ip.Interface().(*int), reflect.Indirect(ip).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())
	x := 1
	fmt.Println(reflect.ValueOf(&x).Elem().Addr().Interface() == &x)
	ints := []int{5, 2, 8, 1}
	sw := reflect.Swapper(ints)
	sw(0, 3)
	fmt.Println(ints)
	people := []string{"bob", "al", "cy"}
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] })
	fmt.Println(people)
	e, ok := reflect.TypeAssert[error](reflect.ValueOf(Point{3, 4, ""}))
	fmt.Println(e, ok)
	_, ok = reflect.TypeAssert[fmt.Stringer](reflect.ValueOf(Point{}))
	fmt.Println(ok)
	fmt.Println(reflect.DeepEqual(n, n), reflect.DeepEqual([]int{1}, []int{2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(n).Field(0).Field(0).SetInt(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf("s").Int()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Field(0).Field(2).Interface()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(&n).Elem().Field(0).Field(2).SetString("x")
	}()
}
