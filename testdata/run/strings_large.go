// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	long := strings.Repeat("ab", 1000) + "needle" + strings.Repeat("cd", 1000)
	println(len(long), strings.Index(long, "needle"), strings.LastIndex(long, "ab"), strings.Count(long, "abab"), strings.Contains(long, "dcd"))
	parts := strings.Split(strings.Repeat("x,", 500), ",")
	println(len(parts), parts[0], parts[499], parts[500] == "")
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString("0123456789")
	}
	println(b.Len(), strings.Count(b.String(), "9"), strings.IndexByte(b.String(), '5'))
	r := strings.Replace(long, "ab", "", -1)
	println(len(r), strings.HasPrefix(r, "needle"), strings.HasSuffix(r, "cd"))
	println(strings.EqualFold(strings.ToUpper(long), long), strings.Compare(long, long+"x"))
}
