//! Comment text: the common prefix of block comments' lines (go/printer's
//! stripCommonPrefix) and gofmt's reformatting of doc comments (go/doc/comment): blank lines
//! collapsed, code blocks tab-indented, lists indented, headings marked `#`, and `//go:`
//! directives moved below the text after a `//` line.

use super::source::Comment;

fn is_blank(s: &str) -> bool {
    s.bytes().all(|b| b <= b' ')
}

fn common_prefix<'s>(a: &'s str, b: &str) -> &'s str {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < x.len() && i < y.len() && x[i] == y[i] && (x[i] <= b' ' || x[i] == b'*') {
        i += 1;
    }
    &a[..i]
}

/// Removes the indentation the lines of a `/* */` comment share, keeping a column of stars.
pub(super) fn strip_common_prefix(lines: &mut [String]) {
    if lines.len() <= 1 {
        return;
    }
    let mut prefix = String::new();
    let mut prefix_set = false;
    if lines.len() > 2 {
        let n = lines.len();
        for line in lines[1..n - 1].iter_mut() {
            if is_blank(line) {
                line.clear();
            } else {
                if !prefix_set {
                    prefix = line.clone();
                    prefix_set = true;
                }
                prefix = common_prefix(&prefix, line).to_string();
            }
        }
    }
    if !prefix_set {
        let line = &lines[lines.len() - 1];
        prefix = common_prefix(line, line).to_string();
    }
    let mut line_of_stars = false;
    if let Some(i) = prefix.find('*') {
        let p = &prefix[..i];
        prefix = p.strip_suffix(' ').unwrap_or(p).to_string();
        line_of_stars = true;
    } else {
        let first = lines[0].as_bytes();
        if is_blank(lines[0].get(2..).unwrap_or("")) {
            let pb = prefix.as_bytes();
            let mut i = pb.len();
            let mut n = 0;
            while n < 3 && i > 0 && pb[i - 1] == b' ' {
                i -= 1;
                n += 1;
            }
            if i == pb.len() && i > 0 && pb[i - 1] == b'\t' {
                i -= 1;
            }
            prefix.truncate(i);
        } else {
            let mut suffix: Vec<u8> = vec![0; first.len()];
            let mut n = 2;
            while n < first.len() && first[n] <= b' ' {
                suffix[n] = first[n];
                n += 1;
            }
            let suffix: Vec<u8> = if n > 2 && suffix[2] == b'\t' {
                suffix[2..n].to_vec()
            } else {
                suffix[0] = b' ';
                suffix[1] = b' ';
                suffix[..n].to_vec()
            };
            let suffix = String::from_utf8_lossy(&suffix).into_owned();
            if let Some(p) = prefix.strip_suffix(suffix.as_str()) {
                prefix = p.to_string();
            }
        }
    }
    let n = lines.len();
    let last = lines[n - 1].clone();
    let before = last.split("*/").next().unwrap_or("");
    if is_blank(before) {
        let closing = if line_of_stars { " */" } else { "*/" };
        lines[n - 1] = format!("{prefix}{closing}");
    } else {
        prefix = common_prefix(&prefix, &last).to_string();
    }
    for line in lines.iter_mut().skip(1) {
        if !line.is_empty() {
            *line = line.get(prefix.len()..).unwrap_or("").to_string();
        }
    }
}

/// A `//go:`-style directive (or `//line`, `//extern`, `//export`).
fn is_directive(c: &str) -> bool {
    if c.starts_with("line ") || c.starts_with("extern ") || c.starts_with("export ") {
        return true;
    }
    let Some(colon) = c.find(':') else { return false };
    if colon == 0 || colon + 1 >= c.len() {
        return false;
    }
    c.bytes().take(colon + 2).enumerate().all(|(i, b)| i == colon || b.is_ascii_lowercase() || b.is_ascii_digit())
}

fn leading_space(s: &str) -> &str {
    &s[..s.len() - s.trim_start_matches([' ', '\t']).len()]
}

fn indented(s: &str) -> bool {
    s.starts_with([' ', '\t'])
}

fn unindent(lines: &[String]) -> Vec<String> {
    let mut lines: &[String] = lines;
    while lines.first().is_some_and(|l| is_blank(l)) {
        lines = &lines[1..];
    }
    while lines.last().is_some_and(|l| is_blank(l)) {
        lines = &lines[..lines.len() - 1];
    }
    if lines.is_empty() {
        return Vec::new();
    }
    let mut prefix = leading_space(&lines[0]).to_string();
    for l in &lines[1..] {
        if !is_blank(l) {
            let ls = leading_space(l);
            let n = prefix.bytes().zip(ls.bytes()).take_while(|(a, b)| a == b).count();
            prefix.truncate(n);
        }
    }
    lines.iter().map(|l| {
        let l = l.strip_prefix(prefix.as_str()).unwrap_or(l);
        if l.trim().is_empty() { String::new() } else { l.to_string() }
    }).collect()
}

/// A list item's marker (`-`, `*`, `+`, `•`, or a number with `.` or `)`) and the text after
/// it, which must be indented and not blank.
fn list_marker(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let (num, rest) = if let Some(r) = t.strip_prefix(['-', '*', '+']).or_else(|| t.strip_prefix('•')) {
        ("", r)
    } else {
        let d = t.bytes().take_while(u8::is_ascii_digit).count();
        if d == 0 {
            return None;
        }
        (&t[..d], t[d..].strip_prefix(['.', ')'])?)
    };
    (indented(rest) && !rest.trim().is_empty()).then_some((num, rest))
}

fn is_list(line: &str) -> bool {
    list_marker(line).is_some()
}

/// go/doc/comment's list: items from their markers, continuation lines joined, printed with
/// gofmt's indentation; `loose` lists have blank lines between items.
fn print_list(lines: &[String], out: &mut Vec<String>, blank_before: bool) {
    let numbered = list_marker(&lines[0]).is_some_and(|(n, _)| !n.is_empty());
    let mut items: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let mut loose = false;
    let mut para: Vec<String> = Vec::new();
    for line in lines {
        let mut line = line.as_str();
        if let Some((n, rest)) = list_marker(line).filter(|(n, _)| !n.is_empty() == numbered) {
            if let Some(item) = items.last_mut() {
                if !para.is_empty() {
                    item.1.push(std::mem::take(&mut para));
                }
            }
            items.push((n.to_string(), Vec::new()));
            line = rest;
        }
        let line = line.trim();
        if line.is_empty() {
            loose = true;
            if let Some(item) = items.last_mut() {
                if !para.is_empty() {
                    item.1.push(std::mem::take(&mut para));
                }
            }
            continue;
        }
        para.push(line.to_string());
    }
    if let Some(item) = items.last_mut() {
        if !para.is_empty() {
            item.1.push(para);
        }
    }
    loose |= items.iter().any(|i| i.1.len() != 1);
    if !out.is_empty() && (blank_before || loose) {
        out.push(String::new());
    }
    for (i, (num, paras)) in items.iter().enumerate() {
        if i > 0 && loose {
            out.push(String::new());
        }
        let marker = if num.is_empty() { "  - ".to_string() } else { format!(" {num}. ") };
        for (j, p) in paras.iter().enumerate() {
            if j > 0 {
                out.push(String::new());
            }
            for (k, l) in p.iter().enumerate() {
                out.push(if j == 0 && k == 0 { format!("{marker}{l}") } else { format!("    {l}") });
            }
        }
    }
}

fn is_heading(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() >= 2 && b[0] == b'#' && (b[1] == b' ' || b[1] == b'\t') && line.trim() != "#"
}

fn is_old_heading(line: &str, all: &[String], off: usize) -> bool {
    if off == 0 || !all[off - 1].is_empty() || off + 2 >= all.len() || !all[off + 1].is_empty() || !leading_space(&all[off + 2]).is_empty() {
        return false;
    }
    let line = line.trim();
    let Some(first) = line.chars().next() else { return false };
    if !first.is_alphabetic() || !first.is_uppercase() {
        return false;
    }
    let last = line.chars().last().unwrap_or(' ');
    if !last.is_alphabetic() && !last.is_numeric() {
        return false;
    }
    if line.contains(|c| ";:!?+*/=[]{}_^°&§~%#@<\">\\".contains(c)) {
        return false;
    }
    let mut b = line;
    while let Some(i) = b.find('\'') {
        b = &b[i + 1..];
        if b != "s" && !b.starts_with("s ") {
            return false;
        }
    }
    let mut b = line;
    while let Some(i) = b.find('.') {
        b = &b[i + 1..];
        if b.is_empty() || b.starts_with(' ') {
            return false;
        }
    }
    true
}

/// go/doc/comment's printing of the text of a doc comment; `None` where that needs more
/// than paragraphs, code blocks, lists and headings (link definitions, lines forced into a
/// block by a `{` or `\` before them): the comment is then left as written.
fn reformat(text_lines: &[String]) -> Option<Vec<String>> {
    let lines = unindent(text_lines);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    // Where the last block ended: a list right after it has no blank line before it.
    let mut prev_end = 0;
    while i < lines.len() {
        while i < lines.len() && lines[i].is_empty() {
            i += 1;
        }
        if i >= lines.len() {
            break;
        }
        let start = i;
        if indented(&lines[i]) {
            i += 1;
            while i < lines.len() && (lines[i].is_empty() || indented(&lines[i])) {
                i += 1;
            }
            let mut end = i;
            while end > start && lines[end - 1].is_empty() {
                end -= 1;
            }
            if end < lines.len() && lines[end].starts_with('}') {
                return None;
            }
            if is_list(&lines[start]) {
                print_list(&lines[start..end], &mut out, prev_end < start);
                prev_end = end;
                i = end;
                continue;
            }
            if !out.is_empty() {
                out.push(String::new());
            }
            for l in unindent(&lines[start..end]) {
                out.push(if l.is_empty() { l } else { format!("\t{l}") });
            }
            i = end;
            prev_end = end;
        } else {
            if !out.is_empty() {
                out.push(String::new());
            }
            i += 1;
            while i < lines.len() && !lines[i].is_empty() && !indented(&lines[i]) {
                i += 1;
            }
            if i < lines.len() && !lines[i].is_empty() && !is_list(&lines[i]) && (is_list(&lines[i - 1]) || lines[i - 1].ends_with('{') || lines[i - 1].ends_with('\\')) {
                return None;
            }
            let para = &lines[start..i];
            if para.iter().any(|l| l.starts_with('[') && l.contains("]:")) {
                return None;
            }
            if para.len() == 1 && is_heading(&para[0]) {
                out.push(format!("# {}", para[0][1..].trim()));
            } else if para.len() == 1 && is_old_heading(&para[0], &lines, start) {
                out.push(format!("# {}", para[0].trim()));
            } else {
                out.extend(para.iter().cloned());
            }
            prev_end = i;
        }
    }
    Some(out)
}

/// Whether every line of a block comment after the first starts with `*`.
fn all_stars(text: &str) -> bool {
    text.split('\n').skip(1).all(|l| l.trim_start_matches([' ', '\t']).starts_with('*'))
}

/// gofmt's rewrite of a doc comment group; `None` leaves it as is.
pub(super) fn format_doc_comment(list: &[Comment]) -> Option<Vec<Comment>> {
    let first = &list[0];
    if list.len() == 1 && first.text.starts_with("/*") {
        let text = first.text.as_str();
        if !text.contains('\n') || all_stars(text) {
            return None;
        }
        let inner: Vec<String> = text[2..text.len() - 2].split('\n').map(str::to_string).collect();
        let mut out = String::from("/*\n");
        for line in reformat(&inner)? {
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str("*/");
        return Some(vec![Comment { pos: first.pos, text: out }]);
    }
    if !first.text.starts_with("//") {
        return None;
    }
    let mut directives = Vec::new();
    let mut text = Vec::new();
    for c in list {
        let after = c.text.strip_prefix("//")?;
        if is_directive(after) {
            directives.push(c);
            continue;
        }
        text.push(after.strip_prefix(' ').unwrap_or(after).to_string());
    }
    if text.is_empty() {
        return None;
    }
    let pos = list[0].pos;
    let mut out: Vec<Comment> = reformat(&text)?
        .into_iter()
        .map(|line| {
            let text = if line.is_empty() {
                "//".to_string()
            } else if line.starts_with('\t') {
                format!("//{line}")
            } else {
                format!("// {line}")
            };
            Comment { pos, text }
        })
        .collect();
    if !directives.is_empty() {
        out.push(Comment { pos, text: "//".to_string() });
        out.extend(directives.into_iter().map(|c| Comment { pos, text: c.text.clone() }));
    }
    Some(out)
}
