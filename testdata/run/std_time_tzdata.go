// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"time"
	_ "time/tzdata"
)

func main() {
	for _, n := range []string{"America/New_York", "Europe/Paris", "Asia/Kolkata", "Australia/Lord_Howe"} {
		l, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		for _, m := range []time.Month{1, 7} {
			t := time.Date(2024, m, 15, 12, 0, 0, 0, time.UTC).In(l)
			fmt.Println(n, t, t.Format(time.RFC1123))
		}
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-03-10 02:30", mustLoc("America/New_York"))
	fmt.Println(t, err)
	t, err = time.Parse(time.RFC1123, "Mon, 15 Jan 2024 12:00:00 EST")
	fmt.Println(t, err)
}

func mustLoc(n string) *time.Location {
	l, err := time.LoadLocation(n)
	if err != nil {
		panic(err)
	}
	return l
}
