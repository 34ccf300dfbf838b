package main
import "fmt"
func main(){
x:=1
      if x>0{
fmt.Println("positive")
   }else if x<0 {
  fmt.Println("negative")
    } else {
fmt.Println( "zero" )
}
for i:=0;i<3;i++{
	  for j := range 3 {
	fmt.Println(i,j)
	  }
}
	{
	y := 2
	_ = y
	}
}
