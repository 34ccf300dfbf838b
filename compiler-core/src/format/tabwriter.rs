//! Elastic tabstops as text/tabwriter computes them for gofmt (minwidth 0, tabwidth 8,
//! padding 1, spaces for alignment, tabs for indentation, empty columns discarded), then
//! go/printer's trimmer (no trailing blanks, escapes removed, `\f` and `\v` made plain).

use super::printer::ESCAPE;

const TABWIDTH: usize = 8;
const PADDING: usize = 1;

#[derive(Clone, Copy, Default)]
struct Cell {
    size: usize,
    width: usize,
    htab: bool,
}

struct Writer {
    out: Vec<u8>,
    buf: Vec<u8>,
    pos: usize,
    cell: Cell,
    in_escape: bool,
    lines: Vec<Vec<Cell>>,
    widths: Vec<usize>,
}

/// Aligns the printer's output and trims it.
pub(super) fn align(input: &[u8]) -> Vec<u8> {
    let mut w = Writer { out: Vec::with_capacity(input.len()), buf: Vec::new(), pos: 0, cell: Cell::default(), in_escape: false, lines: vec![Vec::new()], widths: Vec::new() };
    w.write(input);
    w.flush();
    trim(&w.out)
}

fn rune_count(b: &[u8]) -> usize {
    // Bytes that do not start a UTF-8 sequence are continuation bytes; invalid sequences
    // count each byte as one rune, as utf8.RuneCount does for the common cases.
    match std::str::from_utf8(b) {
        Ok(s) => s.chars().count(),
        Err(_) => String::from_utf8_lossy(b).chars().count(),
    }
}

impl Writer {
    fn reset(&mut self) {
        self.buf.clear();
        self.pos = 0;
        self.cell = Cell::default();
        self.in_escape = false;
        self.lines.clear();
        self.widths.clear();
        self.lines.push(Vec::new());
    }

    fn write_padding(&mut self, textw: usize, cellw: usize, use_tabs: bool) {
        if use_tabs {
            let cellw = cellw.div_ceil(TABWIDTH) * TABWIDTH;
            let n = cellw.saturating_sub(textw);
            for _ in 0..n.div_ceil(TABWIDTH) {
                self.out.push(b'\t');
            }
            return;
        }
        for _ in 0..cellw.saturating_sub(textw) {
            self.out.push(b' ');
        }
    }

    fn write_lines(&mut self, mut pos: usize, line0: usize, line1: usize) -> usize {
        for i in line0..line1 {
            let mut use_tabs = true;
            for j in 0..self.lines[i].len() {
                let c = self.lines[i][j];
                if c.size == 0 {
                    if j < self.widths.len() {
                        self.write_padding(c.width, self.widths[j], use_tabs);
                    }
                } else {
                    use_tabs = false;
                    self.out.extend_from_slice(&self.buf[pos..pos + c.size]);
                    pos += c.size;
                    if j < self.widths.len() {
                        self.write_padding(c.width, self.widths[j], false);
                    }
                }
            }
            if i + 1 == self.lines.len() {
                let n = self.cell.size;
                self.out.extend_from_slice(&self.buf[pos..pos + n]);
                pos += n;
            } else {
                self.out.push(b'\n');
            }
        }
        pos
    }

    fn format(&mut self, mut pos: usize, mut line0: usize, line1: usize) -> usize {
        let column = self.widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            // A new block of lines with a cell in this column.
            pos = self.write_lines(pos, line0, this);
            line0 = this;
            let mut width = 0;
            let mut discardable = true;
            while this < line1 {
                let line = &self.lines[this];
                if column + 1 >= line.len() {
                    break;
                }
                let c = line[column];
                width = width.max(c.width + PADDING);
                if c.width > 0 || c.htab {
                    discardable = false;
                }
                this += 1;
            }
            if discardable {
                width = 0;
            }
            self.widths.push(width);
            pos = self.format(pos, line0, this);
            self.widths.pop();
            line0 = this;
        }
        self.write_lines(pos, line0, line1)
    }

    fn update_width(&mut self) {
        self.cell.width += rune_count(&self.buf[self.pos..]);
        self.pos = self.buf.len();
    }

    fn terminate_cell(&mut self, htab: bool) -> usize {
        self.cell.htab = htab;
        let line = self.lines.last_mut().expect("tabwriter has a line");
        line.push(self.cell);
        self.cell = Cell::default();
        line.len()
    }

    fn flush(&mut self) {
        if self.cell.size > 0 {
            if self.in_escape {
                self.end_escape();
            }
            self.terminate_cell(false);
        }
        self.format(0, 0, self.lines.len());
        self.reset();
    }

    fn end_escape(&mut self) {
        self.update_width();
        self.cell.width -= 2;
        self.pos = self.buf.len();
        self.in_escape = false;
    }

    fn append(&mut self, text: &[u8]) {
        self.buf.extend_from_slice(text);
        self.cell.size += text.len();
    }

    fn write(&mut self, input: &[u8]) {
        let mut n = 0;
        for (i, &ch) in input.iter().enumerate() {
            if !self.in_escape {
                match ch {
                    b'\t' | b'\x0b' | b'\n' | b'\x0c' => {
                        self.append(&input[n..i]);
                        self.update_width();
                        n = i + 1;
                        let ncells = self.terminate_cell(ch == b'\t');
                        if ch == b'\n' || ch == b'\x0c' {
                            self.lines.push(Vec::new());
                            if ch == b'\x0c' || ncells == 1 {
                                self.flush();
                            }
                        }
                    }
                    ESCAPE => {
                        self.append(&input[n..i]);
                        self.update_width();
                        n = i;
                        self.in_escape = true;
                    }
                    _ => {}
                }
            } else if ch == ESCAPE {
                self.append(&input[n..i + 1]);
                n = i + 1;
                self.end_escape();
            }
        }
        self.append(&input[n..]);
    }
}

/// go/printer's trimmer: drops blanks before line ends and the escape bytes.
pub(super) fn trim(data: &[u8]) -> Vec<u8> {
    #[derive(PartialEq)]
    enum St {
        Space,
        Escape,
        Text,
    }
    let mut out = Vec::with_capacity(data.len());
    let mut space: Vec<u8> = Vec::new();
    let mut state = St::Space;
    let mut m = 0;
    for (n, &b0) in data.iter().enumerate() {
        let b = if b0 == b'\x0b' { b'\t' } else { b0 };
        match state {
            St::Space => match b {
                b'\t' | b' ' => space.push(b),
                b'\n' | b'\x0c' => {
                    space.clear();
                    out.push(b'\n');
                }
                ESCAPE => {
                    out.extend_from_slice(&space);
                    state = St::Escape;
                    m = n + 1;
                }
                _ => {
                    out.extend_from_slice(&space);
                    state = St::Text;
                    m = n;
                }
            },
            St::Escape => {
                if b == ESCAPE {
                    out.extend_from_slice(&data[m..n]);
                    space.clear();
                    state = St::Space;
                }
            }
            St::Text => match b {
                b'\t' | b' ' => {
                    out.extend_from_slice(&data[m..n]);
                    space.clear();
                    space.push(b);
                    state = St::Space;
                }
                b'\n' | b'\x0c' => {
                    out.extend_from_slice(&data[m..n]);
                    space.clear();
                    out.push(b'\n');
                    state = St::Space;
                }
                ESCAPE => {
                    out.extend_from_slice(&data[m..n]);
                    state = St::Escape;
                    m = n + 1;
                }
                _ => {}
            },
        }
    }
    if state != St::Space {
        out.extend_from_slice(&data[m..]);
    }
    out
}
