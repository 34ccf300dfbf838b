// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"html/template"
	"os"
)

type Page struct {
	Title string
	Items []string
	Link  string
	Data  map[string]any
	Safe  template.HTML
}

const page = `<html><head><title>{{.Title}}</title></head>
<body>
<h1 class="{{.Title}}">{{.Title}}</h1>
<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>
<a href="{{.Link}}">link</a> <a href="/search?q={{.Title}}">search</a>
<script>var data = {{.Data}}; var title = {{.Title}};</script>
<p style="color: {{.Title}}">{{.Safe}}</p>
</body></html>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	p := Page{
		Title: `Tom & Jerry's <"show">`,
		Items: []string{"<b>bold</b>", "a & b"},
		Link:  "javascript:alert(1)",
		Data:  map[string]any{"n": 1, "s": "</script>"},
		Safe:  template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
	p.Link = "https://example.com/a b?x=<1>"
	template.Must(template.New("a").Parse(`<a href="{{.Link}}">{{.Link}}</a>`)).Execute(os.Stdout, p)
	fmt.Println()
	fmt.Println(template.HTMLEscapeString(`<a href="x">&</a>`), template.JSEscapeString(`'"</script>`), template.URLQueryEscaper("a b&c"))
	_, err := template.New("bad").Parse(`<a href="{{.X}`)
	fmt.Println("error:", err)
	err = template.Must(template.New("ctx").Parse(`<script>{{.}}`)).Execute(os.Stdout, 1)
	fmt.Println("\nerror:", err)
}
