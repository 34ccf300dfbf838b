//! The standard packages' sources, which the worker's wasm does not embed: before compiling,
//! the worker fetches the bundles (`std/NAME`, written by the site build) of the packages a
//! program imports and has not loaded yet, all at once, and gives them to the compiler. The
//! bundles are kept in Cache Storage (`gowasm-std`), so after one use a package loads with
//! no network; their names hash their contents, so a kept bundle is never stale.

use compiler_core::StdBundle;
use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, WorkerGlobalScope};

const DIR: &str = "std/";
const CACHE: &str = "gowasm-std";

/// Loads the standard packages a program importing `imports` needs; the error says which
/// package could not be fetched and why.
pub async fn load<S: AsRef<str>>(imports: &[S]) -> Result<(), String> {
    let imports: Vec<&str> = imports.iter().map(AsRef::as_ref).collect();
    let wanted = compiler_core::std_to_fetch(&imports);
    if wanted.is_empty() {
        return Ok(());
    }
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    // Without Cache Storage (a browser that refuses it here) bundles are fetched every time.
    let cache: Option<Cache> = match scope.caches() {
        Ok(c) => JsFuture::from(c.open(CACHE)).await.ok().map(JsCast::unchecked_into),
        Err(_) => None,
    };
    let mut found: Vec<(StdBundle, Response)> = Vec::new();
    let mut fetching: Vec<(StdBundle, String, Promise)> = Vec::new();
    for b in wanted {
        let url = format!("{DIR}{}", b.name);
        let hit = match &cache {
            Some(c) => JsFuture::from(c.match_with_str(&url)).await.ok().filter(|v| v.is_instance_of::<Response>()),
            None => None,
        };
        match hit {
            Some(r) => found.push((b, r.unchecked_into())),
            None => {
                let p = scope.fetch_with_str(&url);
                fetching.push((b, url, p));
            }
        }
    }
    for (b, url, p) in fetching {
        let why = |m: String| format!("cannot fetch standard package {} ({url}): {m}", b.path);
        let r: Response = JsFuture::from(p).await.map_err(|e| why(message(&e)))?.unchecked_into();
        if !r.ok() {
            return Err(why(format!("HTTP {}", r.status())));
        }
        if let (Some(c), Ok(copy)) = (&cache, r.clone()) {
            // Kept for next time; a failure only costs a fetch then.
            let _ = JsFuture::from(c.put_with_str(&url, &copy)).await;
        }
        found.push((b, r));
    }
    for (b, r) in found {
        let text = match r.text() {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
            Err(_) => None,
        };
        let text = text.ok_or_else(|| format!("cannot read standard package {}", b.path))?;
        compiler_core::provide_std(&text).map_err(|e| format!("standard package {}: {e}", b.path))?;
    }
    Ok(())
}

fn message(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}
