// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Discounted(pct int) float64 { return i.Price * float64(100-pct) / 100 }

func (i *Item) Label() string { return strings.ToUpper(i.Name) }

type Order struct {
	ID       int
	Customer string
	Items    []*Item
	Notes    map[string]string
	Paid     bool
	Counts   map[int]string
}

func (o Order) Total() (float64, error) {
	t := 0.0
	for _, it := range o.Items {
		t += it.Price
	}
	return t, nil
}

func (o Order) Fail() (string, error) { return "", fmt.Errorf("order %d cannot fail politely", o.ID) }

const text = `Order #{{.ID}} for {{.Customer | printf "%q"}}
{{range $i, $it := .Items}}{{if $i}}, {{end}}{{$it.Label}} ({{printf "%.2f" $it.Price}}, -10%: {{$it.Discounted 10 | printf "%.2f"}}){{end}}
{{with .Notes}}{{range $k, $v := .}}note {{$k}}={{$v}}
{{end}}{{else}}no notes
{{end}}{{if and .Paid (gt (len .Items) 1)}}paid, several items{{else if .Paid}}paid{{else}}unpaid{{end}}
total {{printf "%.2f" .Total}} {{shout "done"}} {{join (tags .) "|"}}
{{- /* a comment */ -}}
{{define "line"}}[{{.}}]{{end}}
{{template "line" .Customer}} {{len .Items | add 100}} {{index .Notes "gift"}} {{eq .ID 7 8 42}} {{not .Paid}}
{{range $n := .Items}}{{block "item" $n}}{{.Name}}{{end}};{{end}}
{{range 3}}{{.}}{{end}} {{range $i, $c := .Counts}}{{$i}}{{$c}} {{end}}{{range $k, $v := .Notes}}{{$k}}{{end}}
`

func main() {
	funcs := template.FuncMap{
		"shout": func(s string) string { return strings.ToUpper(s) + "!" },
		"add":   func(a, b int) int { return a + b },
		"join":  strings.Join,
		"tags": func(o Order) []string {
			var all []string
			for _, it := range o.Items {
				all = append(all, it.Tags...)
			}
			return all
		},
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(text))
	o := Order{
		ID:       42,
		Customer: "Ada",
		Items: []*Item{
			{Name: "tea", Price: 4.5, Tags: []string{"hot"}},
			{Name: "cake", Price: 3.25, Tags: []string{"sweet", "fresh"}},
		},
		Notes:  map[string]string{"gift": "yes", "door": "back"},
		Paid:   true,
		Counts: map[int]string{3: "c", 1: "a", 2: "b"},
	}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	o2 := Order{ID: 7, Customer: "Bob", Items: []*Item{{Name: "bun", Price: 1}}}
	if err := t.Execute(os.Stdout, o2); err != nil {
		fmt.Println("error:", err)
	}

	bad := template.Must(template.New("bad").Parse("{{.Fail}}"))
	fmt.Println("error:", bad.Execute(os.Stdout, o))
	fmt.Println("error:", template.Must(template.New("m").Parse("{{.Missing}}")).Execute(os.Stdout, o))
	_, err := template.New("p").Parse("{{if}}")
	fmt.Println("error:", err)
	_, err = template.New("p").Parse("{{nosuch 1}}")
	fmt.Println("error:", err)
	var sb strings.Builder
	template.Must(template.New("s").Parse(`{{range .}}<{{.}}>{{else}}empty{{end}} {{printf "%v %d" . (len .)}}`)).Execute(&sb, []int{3, 1, 2})
	fmt.Println(sb.String())
	over := template.Must(template.New("base").Parse(`<{{block "body" .}}default{{end}}>`))
	template.Must(over.New("body").Parse(`custom {{.}}`))
	over.ExecuteTemplate(os.Stdout, "base", 5)
	fmt.Println()
	err = template.Must(template.New("idx").Parse(`{{index . 5}}`)).Execute(os.Stdout, []int{1})
	fmt.Println("error:", err)
	err = template.Must(template.New("call").Funcs(template.FuncMap{"boom": func() (int, error) { return 0, fmt.Errorf("kaboom") }}).Parse(`a{{boom}}b`)).Execute(os.Stdout, nil)
	fmt.Println("\nerror:", err)
	template.Must(template.New("h").Parse("{{html .}} {{js .}} {{urlquery .}} {{print 1 2 \"x\"}} {{println \"end\"}}")).Execute(os.Stdout, `<a href="x?y=1&z">'q'</a>`)
}
