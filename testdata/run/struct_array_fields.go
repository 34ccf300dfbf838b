// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Matrix struct {
	cells [2][2]int
	name  string
}

func (m Matrix) Transposed() Matrix {
	m.cells[0][1], m.cells[1][0] = m.cells[1][0], m.cells[0][1]
	m.name += "^T"
	return m
}

func (m *Matrix) Scale(k int) {
	for i := range m.cells {
		for j := range m.cells[i] {
			m.cells[i][j] *= k
		}
	}
}

func main() {
	m := Matrix{[2][2]int{{1, 2}, {3, 4}}, "M"}
	t := m.Transposed()
	println(m.name, m.cells[0][1], t.name, t.cells[0][1])
	t.Scale(10)
	println(m.cells[1][1], t.cells[1][1])
	ms := map[string]Matrix{"a": m}
	x := ms["a"]
	x.Scale(2)
	println(ms["a"].cells[0][0], x.cells[0][0])
	ms["a"] = x
	println(ms["a"].cells[0][0], m == t.Transposed(), t == t)
}
