package main

/*
  *  Two spaces
  *  before stars
  */
func a() {}

func main() {
	/* first
	     second
	   third */
	a()
		/*
		 * indented stars
		 */
	a()
}
