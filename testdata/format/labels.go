package main

func main() {
outer:
	for i := 0; i < 3; i++ {
	inner:
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break inner
			}
			println(i, j)
		}
	}
	goto end
end:
	println("done")
  loop:
      for {
		break loop
	}
	{
	L:
	}
}
