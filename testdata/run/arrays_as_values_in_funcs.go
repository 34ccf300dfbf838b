// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != '.' && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return '.'
}

func (b Board) Play(r, c int, p byte) Board {
	b[r][c] = p
	return b
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {0, 2, 'X'}, {2, 0, 'O'}, {1, 0, 'X'}, {1, 2, 'O'}, {2, 2, 'X'}, {0, 1, 'O'}, {2, 1, 'X'}}
	for _, m := range moves {
		b = b.Play(m[0], m[1], byte(m[2]))
		if w := b.Winner(); w != '.' {
			println("winner", string(w))
			break
		}
	}
	for _, row := range b {
		println(string(row[:]))
	}
}
