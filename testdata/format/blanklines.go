package main



import "fmt"



func a() {


	fmt.Println("a")



	fmt.Println("b")


}
func b() {
	fmt.Println("c")

}


func main() {

	a()
	b()

}
