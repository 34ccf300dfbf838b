package main
import ("fmt";"strings")
type T struct{a int;b string}
func (t*T)M(x,y int)(int,error){return x+y,nil}
func main(){var t T;n,_:=t.M(1,2);fmt.Println(n,strings.Repeat("x",n))
var arr [3]int;arr[0]=1;s:=arr[:];s=append(s,4);fmt.Println(len(s),cap(s),arr[1:2],s[0:len(s)-1])
m:=map[string][]int{};m["a"]=append(m["a"],1)
for k,v:=range m{fmt.Println(k,v)}
var i interface{}=1;if _,ok:=i.(int);ok{fmt.Println("int")}
x:=1;x+=2;x<<=1;x&^=4;x++;x--
p:=&x;*p=3;fmt.Println(*p, -x, !true, ^x)
ch:=make(chan int,1);ch<-1;<-ch
f:=func(a...int)int{return len(a)};fmt.Println(f(s...),f(1,2))
}
