// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://ada:secret@example.com:8443/a%20b/c?q=go+lang&x=1&x=2#frag")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.Fragment)
	fmt.Println(u.User.Username(), u.User.String(), u.Redacted())
	q := u.Query()
	fmt.Println(q.Get("q"), q["x"], q.Has("y"), q.Encode())
	q.Set("y", "a&b=c")
	q.Del("x")
	u.RawQuery = q.Encode()
	fmt.Println(u)

	c := u.Clone()
	c.Path = "/other"
	c.User = url.User("bob")
	fmt.Println(u.String())
	fmt.Println(c.String())

	base, _ := url.Parse("http://example.com/dir/page?x=1")
	for _, ref := range []string{"../up", "sub/leaf", "/root", "?y=2", "#top", "//other.org/p"} {
		r, _ := url.Parse(ref)
		fmt.Println(ref, "=>", base.ResolveReference(r))
	}
	j, _ := url.JoinPath("https://example.com/api/", "v1", "../v2", "items")
	fmt.Println(j)
	fmt.Println(base.JoinPath("x y", "z").String())

	fmt.Println(url.QueryEscape("a b/c?d=e&f"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("a+b%2Fc%3F")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("bad%zz")
	fmt.Println(err)
	_, err = url.PathUnescape("%")
	fmt.Println(err)

	for _, raw := range []string{"http://[::1]:80/x", "mailto:ada@example.com", "/just/a/path?k=v", ":nope", "http://a b.com/", "http://host:port/"} {
		p, err := url.Parse(raw)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q %q %q %q %v\n", p.Scheme, p.Host, p.Path, p.Opaque, p.IsAbs())
	}
	v, err := url.ParseQuery("a=1&b=2&a=3&c")
	fmt.Println(v, err)
	_, err = url.ParseRequestURI("relative/path")
	fmt.Println(err)
	fmt.Println(u.RequestURI(), u.Query().Encode())
}
