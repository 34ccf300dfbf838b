// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"x", "", "12a", "99999999999999999999", "-9223372036854775809", " 1", "+5", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("7", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("7", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("-1e400", 32)
	fmt.Println(f, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	v, err := strconv.ParseInt("-128", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	fmt.Printf("%v|%q|%T\n", err, err.Error(), err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax)
}
