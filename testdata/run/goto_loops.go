// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()
	n := 27
	steps := 0
again:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto again
done:
	println("steps", steps)
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x*y == 2 {
				goto out
			}
		}
	}
out:
	println("out")
}
