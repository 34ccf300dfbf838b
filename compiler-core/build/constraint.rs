//! gc's build constraints for `GOOS=wasip1 GOARCH=wasm` (go/build's rules): which files of a
//! package directory `go list` would compile. File names (`_test`, `_GOOS`, `_GOARCH`,
//! `_GOOS_GOARCH` suffixes, leading `_` or `.`) and `//go:build` expressions over the tags set
//! for this target (`TAGS`, `go1.N`).

/// GOOS values go/build recognizes in file names (`internal/syslist`, Go 1.27).
const KNOWN_OS: &[&str] = &[
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1",
    "windows", "zos",
];

/// GOARCH values go/build recognizes in file names.
const KNOWN_ARCH: &[&str] = &[
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
    "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
];

/// The tags that hold: the target, the gc toolchain, its default experiments and wasm
/// features for wasip1 (`internal/buildcfg`), and the pure-Go variants (no assembly). One
/// default experiment is off, as with `GOEXPERIMENT=nojsonv2`: encoding/json is then its
/// legacy implementation (35 packages for wasip1 instead of 44 on top of json/v2).
const TAGS: &[&str] = &[
    "wasip1",
    "wasm",
    "gc",
    "purego",
    "math_big_pure_go",
    "netgo",
    "osusergo",
    "goexperiment.dwarf5",
    "goexperiment.greenteagc",
    "goexperiment.randomizedheapbase64",
    "goexperiment.sizespecializedmalloc",
    "wasm.satconv",
    "wasm.signext",
];

/// The Go release whose `go1.N` tags hold (go1.1 to go1.27).
const GO_MINOR: u32 = 27;


fn tag(t: &str) -> bool {
    TAGS.contains(&t) || t.strip_prefix("go1.").and_then(|m| m.parse::<u32>().ok()).is_some_and(|m| (1..=GO_MINOR).contains(&m))
}

/// Whether go/build compiles the file `name` with header `text` for wasip1/wasm.
pub fn select(name: &str, text: &str) -> Result<bool, String> {
    if !name.ends_with(".go") || name.starts_with('_') || name.starts_with('.') || name.ends_with("_test.go") {
        return Ok(false);
    }
    if !good_os_arch(&name[..name.len() - 3]) {
        return Ok(false);
    }
    match build_line(text) {
        Some(expr) => eval(expr).map_err(|e| format!("{name}: //go:build {expr}: {e}")),
        None => Ok(true),
    }
}

/// go/build's goodOSArchFile: the last one or two `_` parts of the name, when they are known
/// GOOS or GOARCH values, must match (the part before the first `_` never counts).
fn good_os_arch(stem: &str) -> bool {
    let Some(i) = stem.find('_') else { return true };
    let parts: Vec<&str> = stem[i..].split('_').collect();
    let n = parts.len();
    if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return tag(parts[n - 2]) && tag(parts[n - 1]);
    }
    if n >= 1 && (KNOWN_OS.contains(&parts[n - 1]) || KNOWN_ARCH.contains(&parts[n - 1])) {
        return tag(parts[n - 1]);
    }
    true
}

/// The expression of the `//go:build` line in the file's header (the comments and blank lines
/// before the package clause).
fn build_line(text: &str) -> Option<&str> {
    let mut in_block = false;
    for line in text.lines() {
        let l = line.trim();
        if in_block {
            in_block = !l.contains("*/");
            continue;
        }
        if let Some(expr) = l.strip_prefix("//go:build") {
            if expr.starts_with([' ', '\t']) {
                return Some(expr.trim());
            }
        }
        if l.starts_with("/*") {
            in_block = !l.contains("*/");
        } else if !l.is_empty() && !l.starts_with("//") {
            return None;
        }
    }
    None
}

/// Evaluates a `//go:build` expression: `||`, `&&`, `!`, parentheses and tags.
fn eval(expr: &str) -> Result<bool, String> {
    let tokens = tokenize(expr)?;
    let mut p = Parser { tokens, at: 0 };
    let v = p.or()?;
    if p.at != p.tokens.len() {
        return Err(format!("unexpected {}", p.tokens[p.at]));
    }
    Ok(v)
}

fn tokenize(expr: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            i += 1;
        } else if b[i..].starts_with(b"||") || b[i..].starts_with(b"&&") {
            out.push(expr[i..i + 2].to_string());
            i += 2;
        } else if matches!(c, b'!' | b'(' | b')') {
            out.push((c as char).to_string());
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            out.push(expr[start..i].to_string());
        } else {
            return Err(format!("invalid character {:?}", c as char));
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Result<bool, String> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.at += 1;
            v |= self.and()?;
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.at += 1;
            v &= self.not()?;
        }
        Ok(v)
    }

    fn not(&mut self) -> Result<bool, String> {
        match self.peek() {
            Some("!") => {
                self.at += 1;
                Ok(!self.not()?)
            }
            Some("(") => {
                self.at += 1;
                let v = self.or()?;
                if self.peek() != Some(")") {
                    return Err("missing )".into());
                }
                self.at += 1;
                Ok(v)
            }
            Some(t) if !matches!(t, "||" | "&&" | ")") => {
                let v = tag(t);
                self.at += 1;
                Ok(v)
            }
            t => Err(format!("unexpected {}", t.unwrap_or("end of expression"))),
        }
    }
}
