//! Share links: the program and its settings in the URL fragment, so no server is involved.
//! `#code=<deflate, base64url>&calls=<same>&schedule=go&budget=1000000&trace=on&consts=<same>`
//! `&mode=command&stdin=<same>`, plus `embed` for the compact embed mode (`?embed` works too). `example=hello` links to an
//! example by name. Settings a link leaves out keep their defaults, so older links still open.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use compiler_core::{Mode, Schedule};

use crate::program::{mode_str, parse_mode};

/// What a share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub code: String,
    pub calls: String,
    pub schedule: Schedule,
    pub step_budget: Option<u64>,
    /// Compiled with trace events (the Timeline tab).
    pub trace: bool,
    /// Constants bound to stub imports, as typed: (module, name, value).
    pub constants: Vec<(String, String, String)>,
    /// How a program with exports is built.
    pub mode: Mode,
    /// A command's standard input.
    pub stdin: String,
}

/// Larger programs are not plausible; the limit stops a crafted link from inflating forever.
const MAX_TEXT: usize = 1 << 20;

/// The fragment (without `#`) for `s`; `embed` adds the embed flag. Asynchronous: the
/// browser's own deflate (`CompressionStream`) compresses the texts, so the page carries no
/// compressor of its own.
pub async fn encode(s: &Shared, embed: bool) -> String {
    let mut parts = Vec::new();
    if embed {
        parts.push("embed".to_string());
    }
    parts.push(format!("code={}", pack(&s.code).await));
    if !s.calls.is_empty() {
        parts.push(format!("calls={}", pack(&s.calls).await));
    }
    parts.push(format!("schedule={}", s.schedule.as_str()));
    parts.push(format!("budget={}", s.step_budget.map_or("off".to_string(), |b| b.to_string())));
    if s.trace {
        parts.push("trace=on".into());
    }
    if !s.constants.is_empty() {
        // One `module\tname\tvalue` line each: import names may hold any character but these.
        let text: String = s.constants.iter().map(|(m, n, v)| format!("{m}\t{n}\t{v}\n")).collect();
        parts.push(format!("consts={}", pack(&text).await));
    }
    if s.mode != Mode::Reactor {
        parts.push(format!("mode={}", mode_str(s.mode)));
    }
    if !s.stdin.is_empty() {
        parts.push(format!("stdin={}", pack(&s.stdin).await));
    }
    parts.join("&")
}

/// Reads a fragment: `Ok(None)` when it carries no program, an error that says what is wrong
/// with a damaged link. Asynchronous: the browser inflates the texts (`DecompressionStream`).
pub async fn decode(fragment: &str) -> Result<Option<Shared>, String> {
    let fragment = fragment.trim_start_matches('#');
    let mut code = None;
    let mut shared = Shared { code: String::new(), calls: String::new(), schedule: Schedule::Seed, step_budget: None, trace: false, constants: Vec::new(), mode: Mode::Reactor, stdin: String::new() };
    let mut budget_seen = false;
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        match key {
            "code" => code = Some(unpack(value).await.map_err(|e| format!("its code is damaged ({e})"))?),
            "example" => {
                let ex = crate::examples::find(value).ok_or_else(|| format!("there is no example {value:?}"))?;
                code = Some(ex.code.to_string());
                shared.calls = ex.calls.to_string();
            }
            "calls" => shared.calls = unpack(value).await.map_err(|e| format!("its calls are damaged ({e})"))?,
            "schedule" => shared.schedule = Schedule::parse(value).ok_or_else(|| format!("unknown schedule {value:?}"))?,
            "budget" => {
                budget_seen = true;
                shared.step_budget = match value {
                    "off" => None,
                    v => Some(v.parse().map_err(|_| format!("bad step budget {v:?}"))?),
                }
            }
            "trace" => {
                shared.trace = match value {
                    "on" | "" => true,
                    "off" => false,
                    v => return Err(format!("bad trace setting {v:?}")),
                }
            }
            "mode" => shared.mode = parse_mode(value).ok_or_else(|| format!("unknown mode {value:?}"))?,
            "stdin" => shared.stdin = unpack(value).await.map_err(|e| format!("its standard input is damaged ({e})"))?,
            "consts" => {
                let text = unpack(value).await.map_err(|e| format!("its import constants are damaged ({e})"))?;
                for line in text.lines().filter(|l| !l.is_empty()) {
                    let mut f = line.splitn(3, '\t');
                    match (f.next(), f.next(), f.next()) {
                        (Some(m), Some(n), Some(v)) => shared.constants.push((m.into(), n.into(), v.into())),
                        _ => return Err(format!("its import constants are damaged (line {line:?})")),
                    }
                }
            }
            _ => {}
        }
    }
    match code {
        Some(c) => {
            shared.code = c;
            if !budget_seen {
                shared.step_budget = crate::state::DEFAULT_BUDGET;
            }
            Ok(Some(shared))
        }
        None if budget_seen || shared.trace || !shared.calls.is_empty() || !shared.constants.is_empty() || shared.mode != Mode::Reactor || !shared.stdin.is_empty() => {
            Err("it has settings but no code".into())
        }
        None => Ok(None),
    }
}

/// Whether the page runs in embed mode: `embed` in the fragment or the query.
pub fn is_embed(fragment: &str, query: &str) -> bool {
    let flag = |s: &str, sep: char| s.trim_start_matches(sep).split('&').any(|p| p == "embed" || p.starts_with("embed="));
    flag(fragment, '#') || flag(query, '?')
}

async fn pack(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(deflate(text).await)
}

/// Raw deflate, as `unpack` inflates it: the browser's, else stored blocks.
#[cfg(target_arch = "wasm32")]
async fn deflate(text: &str) -> Vec<u8> {
    crate::ui::browser::deflate(text).await.unwrap_or_else(|| stored(text.as_bytes()))
}

/// The native build (the tests) compresses with the inflater's own crate.
#[cfg(not(target_arch = "wasm32"))]
async fn deflate(text: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9)
}

/// Deflate's stored blocks: `text` uncompressed, for a browser without `CompressionStream`.
fn stored(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 5 * (text.len() / 0xffff + 1));
    let mut blocks = text.chunks(0xffff).peekable();
    if blocks.peek().is_none() {
        out.extend([1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        let len = block.len() as u16;
        out.push(u8::from(blocks.peek().is_none()));
        out.extend(len.to_le_bytes());
        out.extend((!len).to_le_bytes());
        out.extend(block);
    }
    out
}

async fn unpack(value: &str) -> Result<String, String> {
    let bytes = URL_SAFE_NO_PAD.decode(value.trim_end_matches('=')).map_err(|e| format!("not base64url: {e}"))?;
    String::from_utf8(inflate(&bytes).await?).map_err(|_| "not UTF-8".to_string())
}

/// Inflates raw deflate, at most `MAX_TEXT` bytes of it.
#[cfg(target_arch = "wasm32")]
async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    crate::ui::browser::inflate(bytes, MAX_TEXT).await
}

#[cfg(not(target_arch = "wasm32"))]
async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MAX_TEXT).map_err(|e| format!("cannot inflate: {:?}", e.status))
}

/// `encode` in the tests: natively deflate and inflate never wait, so the future is ready at
/// once.
#[cfg(test)]
pub fn encode_now(s: &Shared, embed: bool) -> String {
    now(encode(s, embed))
}

/// `decode` in the tests.
#[cfg(test)]
pub fn decode_now(fragment: &str) -> Result<Option<Shared>, String> {
    now(decode(fragment))
}

#[cfg(test)]
fn now<T>(f: impl std::future::Future<Output = T>) -> T {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(f).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => unreachable!("natively deflate and inflate never wait"),
    }
}

#[cfg(test)]
mod tests {
    use compiler_core::{Mode, Schedule};

    use super::{decode_now as decode, encode_now as encode, is_embed, now, Shared};

    fn sample() -> Shared {
        Shared {
            code: "package main\n\n// héllo ✓\nfunc main() {}\n".into(),
            calls: "start\nprocess_a 5\n".into(),
            schedule: Schedule::Go,
            step_budget: Some(12345),
            trace: true,
            constants: vec![("env".into(), "scale".into(), "-7".into()), ("my mod".into(), "f&x=1".into(), "2.5".into())],
            mode: Mode::Command,
            stdin: "a line\n世界 & more=\n".into(),
        }
    }

    #[test]
    fn round_trips_code_and_settings() {
        let s = sample();
        let f = encode(&s, false);
        assert!(f.chars().all(|c| c.is_ascii_alphanumeric() || "-_=&".contains(c)), "{f}");
        assert_eq!(decode(&format!("#{f}")), Ok(Some(s.clone())));
        let off = Shared { step_budget: None, calls: String::new(), trace: false, constants: Vec::new(), mode: Mode::Reactor, stdin: String::new(), ..s };
        assert_eq!(decode(&encode(&off, true)), Ok(Some(off.clone())));
        for default in ["trace", "mode", "stdin"] {
            assert!(!encode(&off, false).contains(default), "{default}: defaults stay out of links");
        }
    }

    #[test]
    fn links_without_newer_settings_keep_their_defaults() {
        let s = decode("#code=S0xKBgA&schedule=go").unwrap().unwrap();
        assert_eq!((s.trace, s.constants.len(), s.step_budget, s.mode, s.stdin.as_str()), (false, 0, crate::state::DEFAULT_BUDGET, Mode::Reactor, ""));
        assert!(decode("#code=S0xKBgA&mode=library").unwrap_err().contains("mode"));
        assert!(decode("#mode=command").unwrap_err().contains("no code"));
        assert!(decode("#code=S0xKBgA&stdin=@@").unwrap_err().contains("standard input is damaged"));
        assert!(decode("#code=S0xKBgA&trace=maybe").unwrap_err().contains("trace"));
        assert!(decode("#trace=on").unwrap_err().contains("no code"));
        assert!(decode("#code=S0xKBgA&consts=@@").unwrap_err().contains("constants are damaged"));
    }

    #[test]
    fn stored_blocks_inflate() {
        let long = "x".repeat(70_000) + "世界";
        for text in ["", "package main\n", long.as_str()] {
            let packed = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, super::stored(text.as_bytes()));
            assert_eq!(now(super::unpack(&packed)).as_deref(), Ok(text));
        }
    }

    #[test]
    fn no_fragment_is_no_program() {
        assert_eq!(decode(""), Ok(None));
        assert_eq!(decode("#embed"), Ok(None));
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        let f = encode(&sample(), false);
        let cut = f.replacen("code=", "code=@@", 1);
        assert!(decode(&cut).unwrap_err().contains("code is damaged"));
        let truncated = &f[..f.find('&').unwrap() - 6];
        assert!(decode(truncated).unwrap_err().contains("code is damaged"), "{truncated}");
        assert!(decode("schedule=fast&code=").unwrap_err().contains("schedule"));
        assert!(decode("budget=1").is_err());
    }

    #[test]
    fn examples_by_name() {
        let s = decode("#embed&example=hello&schedule=go").unwrap().unwrap();
        assert_eq!((s.code.as_str(), s.calls.as_str(), s.schedule), (crate::examples::find("hello").unwrap().code, "hello_world\n", Schedule::Go));
        assert!(decode("#example=nope").unwrap_err().contains("no example"));
    }

    #[test]
    fn embed_flag_in_fragment_or_query() {
        assert!(is_embed("#embed&code=x", ""));
        assert!(is_embed("", "?embed"));
        assert!(is_embed("", "?a=1&embed=1"));
        assert!(!is_embed("#code=x", "?x=embedded"));
    }
}
