//! The standard packages' sources, which the worker's wasm does not embed: before compiling,
//! the worker fetches the bundles (`std/NAME`, written by the site build) of the packages a
//! program imports and has not loaded yet, all at once, and gives them to the compiler. The
//! bundles are kept in Cache Storage (`gowasm-std`), so after one use a package loads with
//! no network; their names hash their contents, so a kept bundle is never stale. A
//! package's doc comments are a bundle of their own (`std-doc/NAME`), fetched when a hover
//! first shows one.

use compiler_core::StdBundle;
use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, WorkerGlobalScope};

const DIR: &str = "std/";
const DOCS_DIR: &str = "std-doc/";
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
    let cache = open_cache(&scope).await;
    let mut found: Vec<(StdBundle, Response)> = Vec::new();
    let mut fetching: Vec<(StdBundle, String, Promise)> = Vec::new();
    for b in wanted {
        let url = format!("{DIR}{}", b.name);
        match kept(&cache, &url).await {
            Some(r) => found.push((b, r)),
            None => {
                let p = scope.fetch_with_str(&url);
                fetching.push((b, url, p));
            }
        }
    }
    for (b, url, p) in fetching {
        let r = fetched(&cache, &url, p).await.map_err(|m| format!("cannot fetch standard package {} ({url}): {m}", b.path))?;
        found.push((b, r));
    }
    for (b, r) in found {
        let text = text(r).await.ok_or_else(|| format!("cannot read standard package {}", b.path))?;
        compiler_core::provide_std(&text).map_err(|e| format!("standard package {}: {e}", b.path))?;
    }
    Ok(())
}

/// Loads the doc comments of the package `docs` names (`Analysis::docs_to_fetch`), from
/// `std-doc/`, kept in Cache Storage as the bundles are.
pub async fn load_docs(docs: StdBundle) -> Result<(), String> {
    let url = format!("{DOCS_DIR}{}", docs.name);
    let why = |m: String| format!("cannot fetch the docs of {} ({url}): {m}", docs.path);
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let cache = open_cache(&scope).await;
    let r = match kept(&cache, &url).await {
        Some(r) => r,
        None => fetched(&cache, &url, scope.fetch_with_str(&url)).await.map_err(why)?,
    };
    let text = text(r).await.ok_or_else(|| why("unreadable".into()))?;
    compiler_core::provide_std_docs(&text).map(|_| ())
}

/// The worker's Cache Storage; without it (a browser that refuses it here) bundles are
/// fetched every time.
async fn open_cache(scope: &WorkerGlobalScope) -> Option<Cache> {
    match scope.caches() {
        Ok(c) => JsFuture::from(c.open(CACHE)).await.ok().map(JsCast::unchecked_into),
        Err(_) => None,
    }
}

/// The kept copy of `url`.
async fn kept(cache: &Option<Cache>, url: &str) -> Option<Response> {
    let c = cache.as_ref()?;
    JsFuture::from(c.match_with_str(url)).await.ok().filter(|v| v.is_instance_of::<Response>()).map(JsCast::unchecked_into)
}

/// The answer of fetch `p` of `url`, kept for next time.
async fn fetched(cache: &Option<Cache>, url: &str, p: Promise) -> Result<Response, String> {
    let r: Response = JsFuture::from(p).await.map_err(|e| message(&e))?.unchecked_into();
    if !r.ok() {
        return Err(format!("HTTP {}", r.status()));
    }
    if let (Some(c), Ok(copy)) = (cache, r.clone()) {
        // A failure only costs a fetch next time.
        let _ = JsFuture::from(c.put_with_str(url, &copy)).await;
    }
    Ok(r)
}

async fn text(r: Response) -> Option<String> {
    JsFuture::from(r.text().ok()?).await.ok()?.as_string()
}

fn message(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}
