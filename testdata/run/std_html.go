// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"html"
)

func main() {
	s := `<a href="x?a=1&b=2">O'Reilly & "friends"</a>`
	e := html.EscapeString(s)
	fmt.Println(e)
	fmt.Println(html.UnescapeString(e) == s)
	fmt.Println(html.UnescapeString("&lt;p&gt; &amp;amp; &copy; &eacute;&#233;&#xE9; &notanentity; &NotEqualTilde; &frac12 &#0;"))
}
