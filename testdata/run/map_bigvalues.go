// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Record struct {
	ID    int64
	Score float64
	Tags  [4]string
	Ok    bool
}

func main() {
	db := make(map[int64]Record, 4)
	for i := int64(1); i <= 1000; i++ {
		db[i] = Record{ID: i, Score: float64(i) / 4, Tags: [4]string{"t"}, Ok: i%2 == 0}
	}
	println(len(db), db[500].Score, db[999].Ok, db[1000].Tags[0], db[1001].ID)
	total := 0.0
	okCount := 0
	for _, r := range db {
		total += r.Score
		if r.Ok {
			okCount++
		}
	}
	println(total, okCount)
	for i := int64(1); i <= 1000; i += 2 {
		delete(db, i)
	}
	println(len(db))
}
