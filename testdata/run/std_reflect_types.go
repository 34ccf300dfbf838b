// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"reflect"
)

type Inner struct {
	Z bool `json:"z"`
}

type T struct {
	A     int    `json:"a,omitempty" xml:"aa"`
	B     string `json:"b"`
	c     float64
	Inner `json:"inner"`
	P     *int
	S     []string
	M     map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }
func (s *Sq) Name() string  { return "square" }

func main() {
	ty := reflect.TypeOf(T{})
	fmt.Println(ty.Name(), ty.PkgPath(), ty.String(), ty.Kind(), ty.NumField())
	for i := 0; i < ty.NumField(); i++ {
		f := ty.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Printf("%s %v %q %v %q %v %v %v\n", f.Name, f.Type, v, ok, f.Tag.Get("xml"), f.Anonymous, f.IsExported(), f.Index)
	}
	for _, x := range []any{1, int8(2), uint16(3), 4.5, float32(1), "s", true, []int{}, [3]byte{}, map[int]string{}, &T{}, Celsius(1), struct{ X int }{}, make(chan int)} {
		t := reflect.TypeOf(x)
		fmt.Printf("%v kind=%v name=%q pkg=%q comparable=%v\n", t, t.Kind(), t.Name(), t.PkgPath(), t.Comparable())
	}
	fmt.Println(reflect.TypeOf([]string{}).Elem(), reflect.TypeOf(map[string]bool{}).Key(), reflect.TypeOf([4]int{}).Len(), reflect.TypeOf(&T{}).Elem().Name())
	fmt.Println(reflect.TypeOf(int32(0)).Bits(), reflect.TypeOf(0.0).Bits())

	shape := reflect.TypeFor[Shape]()
	str := reflect.TypeFor[fmt.Stringer]()
	fmt.Println(shape.Kind(), shape.NumMethod(), shape.Method(0).Name, shape.Method(1).Name)
	fmt.Println(reflect.TypeOf(&Sq{}).Implements(shape), reflect.TypeOf(Sq{}).Implements(shape))
	fmt.Println(reflect.TypeOf(Celsius(0)).Implements(str), reflect.TypeOf(0.0).Implements(str))
	fmt.Println(reflect.PointerTo(reflect.TypeOf(Sq{})) == reflect.TypeOf(&Sq{}), reflect.PointerTo(reflect.TypeOf(Sq{})).Implements(shape))
	fmt.Println(reflect.TypeOf(0).AssignableTo(reflect.TypeOf(0)), reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)), reflect.TypeOf(&Sq{}).AssignableTo(shape))
	fmt.Println(reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)))
	f, ok := reflect.TypeOf(T{}).FieldByName("Z")
	fmt.Println(f.Name, f.Index, ok)
	_, ok = reflect.TypeOf(T{}).FieldByName("Q")
	fmt.Println(ok)
	fmt.Println(reflect.Struct, reflect.Pointer, reflect.Ptr, reflect.Kind(100))
	fmt.Println(reflect.TypeOf(nil) == nil)
}
