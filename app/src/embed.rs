//! Embeds for documentation: the options an embed link carries (`embed` or `embed=output`,
//! `theme=light|dark`), the `<iframe>` snippet the Embed dialog offers, and the line of
//! script a documentation page adds so each embed's iframe takes the height the embed posts.

use crate::share;
use crate::state::Theme;

/// What an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The editor, a Run button and the console.
    Code,
    /// Only the output of a run made when it loads.
    Output,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub view: View,
    /// `System` leaves it to the reader's system.
    pub theme: Theme,
}

impl Default for Options {
    fn default() -> Options {
        Options { view: View::Code, theme: Theme::System }
    }
}

/// The message an embed posts to its parent whenever its height changes:
/// `{type: "gowasm-embed-height", height: <CSS pixels>}`.
pub const HEIGHT_MESSAGE: &str = "gowasm-embed-height";

/// The line a documentation page adds once: each embed's iframe takes the height it posts.
pub const RESIZE_SCRIPT: &str = r#"<script>addEventListener("message",e=>{if(e.data&&e.data.type==="gowasm-embed-height")for(const f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})</script>"#;

/// The embed options of a page address, `None` when it is not an embed.
pub fn options(fragment: &str, query: &str) -> Option<Options> {
    if !share::is_embed(fragment, query) {
        return None;
    }
    let mut o = Options::default();
    let params = fragment.trim_start_matches('#').split('&').chain(query.trim_start_matches('?').split('&'));
    for part in params {
        match part.split_once('=') {
            Some(("embed", "output")) => o.view = View::Output,
            Some(("theme", t)) => o.theme = Theme::parse(t),
            _ => {}
        }
    }
    Some(o)
}

/// The fragment of an embed with options `o` of the program whose share fragment is `link`.
pub fn fragment(link: &str, o: Options) -> String {
    let mut head = match o.view {
        View::Code => "embed".to_string(),
        View::Output => "embed=output".to_string(),
    };
    if o.theme != Theme::System {
        head.push_str("&theme=");
        head.push_str(o.theme.as_str());
    }
    format!("{head}&{link}")
}

/// The `<iframe>` for a documentation page: `page` is the playground's address, `link` the
/// program's share fragment.
pub fn snippet(page: &str, link: &str, o: Options) -> String {
    let height = match o.view {
        View::Code => 420,
        View::Output => 160,
    };
    let src = format!("{page}#{}", fragment(link, o)).replace('&', "&amp;").replace('"', "&quot;");
    format!("<iframe src=\"{src}\" title=\"go:wasmexport playground\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>")
}

#[cfg(test)]
mod tests {
    use super::{fragment, options, snippet, Options, View};
    use crate::share::{decode_now as decode, encode_now, Shared};
    use crate::state::Theme;

    fn hello() -> Shared {
        decode("#example=hello").unwrap().unwrap()
    }

    fn link() -> String {
        encode_now(&hello(), false)
    }

    #[test]
    fn options_from_the_address() {
        assert_eq!(options("#code=x", ""), None);
        assert_eq!(options("#embed&code=x", ""), Some(Options::default()));
        assert_eq!(options("#embed=output&theme=dark&code=x", ""), Some(Options { view: View::Output, theme: Theme::Dark }));
        assert_eq!(options("#code=x", "?embed&theme=light"), Some(Options { view: View::Code, theme: Theme::Light }));
    }

    #[test]
    fn an_embed_link_opens_as_it_was_made() {
        for o in [Options::default(), Options { view: View::Output, theme: Theme::Dark }] {
            let f = fragment(&link(), o);
            assert_eq!(options(&format!("#{f}"), ""), Some(o), "{f}");
            assert_eq!(decode(&f), Ok(Some(hello())));
        }
        assert!(fragment(&link(), Options::default()).starts_with("embed&code="));
    }

    #[test]
    fn the_snippet_is_an_escaped_iframe() {
        let s = snippet("https://play.example/", &link(), Options { view: View::Output, theme: Theme::Light });
        assert!(s.starts_with("<iframe src=\"https://play.example/#embed=output&amp;theme=light&amp;code="), "{s}");
        assert!(s.contains("height=\"160\"") && !s.contains("&code"));
    }
}
