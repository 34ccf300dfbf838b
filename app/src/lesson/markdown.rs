//! The Markdown a lesson's instructions and hints are written in: a small, safe subset
//! (headings, paragraphs, fenced code, lists, links, `code`, emphasis) parsed into blocks the
//! page renders as elements, so no HTML in a lesson ever reaches the page as markup.

/// A block of text.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// `#` to `####`: the level and the text.
    Heading(u8, Vec<Inline>),
    Para(Vec<Inline>),
    /// A fenced block: its language (the info string's first word) and text.
    Code(String, String),
    /// `- item` or `1. item` lines.
    List { ordered: bool, items: Vec<Vec<Inline>> },
}

/// Text within a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Code(String),
    Strong(Vec<Inline>),
    Em(Vec<Inline>),
    /// A link whose target is a web, relative or fragment address; others stay text.
    Link(Vec<Inline>, String),
}

/// An opening code fence: its backtick count and info string.
pub fn fence(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start();
    let n = t.bytes().take_while(|&b| b == b'`').count();
    (n >= 3 && !t[n..].contains('`')).then(|| (n, t[n..].trim()))
}

/// Whether `line` closes a fence opened with `n` backticks.
pub fn closes(line: &str, n: usize) -> bool {
    let t = line.trim();
    t.len() >= n && t.bytes().all(|b| b == b'`')
}

/// Parses Markdown into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None;
    let mut lines = text.lines();
    let flush = |blocks: &mut Vec<Block>, para: &mut Vec<&str>, list: &mut Option<(bool, Vec<String>)>| {
        if !para.is_empty() {
            blocks.push(Block::Para(inline(&para.join(" "))));
            para.clear();
        }
        if let Some((ordered, items)) = list.take() {
            blocks.push(Block::List { ordered, items: items.iter().map(|i| inline(i)).collect() });
        }
    };
    while let Some(line) = lines.next() {
        let t = line.trim();
        if let Some((n, info)) = fence(line) {
            flush(&mut blocks, &mut para, &mut list);
            let mut body = String::new();
            for l in lines.by_ref() {
                if closes(l, n) {
                    break;
                }
                body.push_str(l);
                body.push('\n');
            }
            blocks.push(Block::Code(info.split_whitespace().next().unwrap_or("").to_string(), body));
        } else if t.is_empty() {
            flush(&mut blocks, &mut para, &mut list);
        } else if let Some((level, rest)) = heading(t) {
            flush(&mut blocks, &mut para, &mut list);
            blocks.push(Block::Heading(level, inline(rest)));
        } else if let Some((ordered, rest)) = item(t) {
            if !para.is_empty() || list.as_ref().is_some_and(|l| l.0 != ordered) {
                flush(&mut blocks, &mut para, &mut list);
            }
            list.get_or_insert_with(|| (ordered, Vec::new())).1.push(rest.to_string());
        } else if let (Some((_, items)), true) = (&mut list, line.starts_with(' ')) {
            // An indented line continues the list's last item.
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(t);
            }
        } else {
            if list.is_some() {
                flush(&mut blocks, &mut para, &mut list);
            }
            para.push(t);
        }
    }
    flush(&mut blocks, &mut para, &mut list);
    blocks
}

fn heading(t: &str) -> Option<(u8, &str)> {
    let n = t.bytes().take_while(|&b| b == b'#').count();
    (1..=4).contains(&n).then(|| t[n..].strip_prefix(' ').map(|r| (n as u8, r.trim()))).flatten()
}

fn item(t: &str) -> Option<(bool, &str)> {
    if let Some(rest) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
        return Some((false, rest.trim()));
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| t[digits..].strip_prefix(". ").map(|r| (true, r.trim()))).flatten()
}

/// Parses the inline markup of one block's text.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let parsed = match c {
            '`' => rest[1..].find('`').map(|end| (Inline::Code(rest[1..end + 1].to_string()), end + 2)),
            '*' | '_' if rest[1..].starts_with(c) => {
                let mark = &rest[..2];
                rest[2..].find(mark).filter(|&e| e > 0).map(|end| (Inline::Strong(inline(&rest[2..end + 2])), end + 4))
            }
            '*' | '_' => rest[1..].find(c).filter(|&e| e > 0).map(|end| (Inline::Em(inline(&rest[1..end + 1])), end + 2)),
            '[' => link(rest),
            '\\' if rest.len() > 1 => {
                let next = rest[1..].chars().next().unwrap_or('\\');
                plain.push(next);
                rest = &rest[1 + next.len_utf8()..];
                continue;
            }
            _ => None,
        };
        match parsed {
            Some((node, used)) => {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(node);
                rest = &rest[used..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// `[text](target)`: a link when the target is safe to follow, else the text alone.
fn link(rest: &str) -> Option<(Inline, usize)> {
    let close = rest.find("](")?;
    let end = rest[close + 2..].find(')')? + close + 2;
    let (text, target) = (&rest[1..close], rest[close + 2..end].trim());
    let node = if safe_href(target) { Inline::Link(inline(text), target.to_string()) } else { Inline::Text(text.to_string()) };
    Some((node, end + 1))
}

/// Web addresses, fragments and relative paths; never `javascript:` or `data:`.
pub fn safe_href(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    match lower.find(':') {
        Some(colon) => {
            let scheme = &lower[..colon];
            (scheme == "http" || scheme == "https" || scheme == "mailto") && !lower[..colon].contains(['/', '?', '#'])
        }
        None => !target.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::{inline, parse, safe_href, Block, Inline};

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn blocks() {
        let md = "# Title\n\nOne line\nand more.\n\n- a\n- b `c`\n  continued\n\n1. one\n2. two\n\n```go\nfunc f() {}\n```\n## Next\ntext";
        assert_eq!(
            parse(md),
            vec![
                Block::Heading(1, vec![text("Title")]),
                Block::Para(vec![text("One line and more.")]),
                Block::List { ordered: false, items: vec![vec![text("a")], vec![text("b "), Inline::Code("c".into()), text(" continued")]] },
                Block::List { ordered: true, items: vec![vec![text("one")], vec![text("two")]] },
                Block::Code("go".into(), "func f() {}\n".into()),
                Block::Heading(2, vec![text("Next")]),
                Block::Para(vec![text("text")]),
            ]
        );
    }

    #[test]
    fn inline_markup() {
        assert_eq!(
            inline("a **b** and *c* or _d_ [go](https://go.dev) `x*y` \\*"),
            vec![
                text("a "),
                Inline::Strong(vec![text("b")]),
                text(" and "),
                Inline::Em(vec![text("c")]),
                text(" or "),
                Inline::Em(vec![text("d")]),
                text(" "),
                Inline::Link(vec![text("go")], "https://go.dev".into()),
                text(" "),
                Inline::Code("x*y".into()),
                text(" *"),
            ]
        );
        assert_eq!(inline("2 * 3 = 6"), vec![text("2 * 3 = 6")]);
    }

    #[test]
    fn html_and_unsafe_links_stay_text() {
        assert_eq!(inline("<script>x</script>"), vec![text("<script>x</script>")]);
        assert_eq!(inline("[click](javascript:alert(1))"), vec![text("click"), text(")")]);
        assert!(safe_href("#lesson=abi") && safe_href("lessons/x.md") && safe_href("https://go.dev/ref"));
        assert!(!safe_href("javascript:x") && !safe_href("data:text/html,x") && !safe_href(" JavaScript:x".trim()));
    }

    #[test]
    fn longer_fences_hold_shorter_ones() {
        let md = "````\n```go\nx\n```\n````\n";
        assert_eq!(parse(md), vec![Block::Code(String::new(), "```go\nx\n```\n".into())]);
    }
}
