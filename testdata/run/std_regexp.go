// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "alice@example.com, bob@test.com; carol@site.org"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindAllString(text, -1))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	fmt.Println(re.FindAllStringSubmatchIndex(text, -1))
	fmt.Println(re.ReplaceAllString(text, "$2:$1"))
	fmt.Println(re.ReplaceAllStringFunc(text, strings.ToUpper))
	fmt.Println(re.NumSubexp(), re.String())

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("released 2024-03-15 today")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println(named.SubexpIndex("month"))
	fmt.Println(named.ReplaceAllString("2024-03-15 and 1999-12-31", "${day}/${month}/${year}"))

	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Println(regexp.MustCompile(`(?i)hello`).FindAllStringIndex("Hello hELLo world HELLO", -1))
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]"))
	fmt.Println(regexp.QuoteMeta(`1.5+2*[x]`))
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaaa"), regexp.MustCompile(`a+`).FindString("aaaa"))
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	posix := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Println(posix.FindStringSubmatch("abcd"))
	fmt.Printf("%s\n", regexp.MustCompile(`b+`).ReplaceAll([]byte("abbbcbd"), []byte("<$0>")))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("abc αβγ def"))
	fmt.Println(regexp.MustCompile(`[[:upper:]][[:lower:]]*`).FindAllString("Hello World Go", -1))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))

	for _, bad := range []string{`a(b`, `[z-a]`, `*x`, `a{2,1}`, `\8`, `(?P<n>a)(?P<n>b)`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}
