//! Where the standard packages' sources come from: the table's embedded text (feature
//! `embed-std`), or bundles provided at run time, which the playground's worker fetches when
//! a program first imports a package. Provided sources live as long as the process.

use std::sync::Mutex;

use super::{PkgSet, PACKAGES};

mod format {
    include!("../../build/bundle.rs");
}
use format::{bundle_name, encode_bundle, BUNDLE_MAGIC};

type Files = &'static [(&'static str, &'static str)];

/// Provided packages' files, by index in `PACKAGES`.
static PROVIDED: Mutex<Vec<Option<Files>>> = Mutex::new(Vec::new());

fn provided() -> std::sync::MutexGuard<'static, Vec<Option<Files>>> {
    PROVIDED.lock().unwrap_or_else(|e| e.into_inner())
}

/// The files of package `i`, or `None` when they are neither embedded nor provided.
pub(crate) fn files(i: usize) -> Option<Files> {
    if cfg!(feature = "embed-std") {
        return Some(PACKAGES[i].files);
    }
    provided().get(i).copied().flatten()
}

/// The packages of `set` whose sources are missing.
pub(crate) fn missing(set: &PkgSet) -> Vec<usize> {
    (0..PACKAGES.len()).filter(|&i| set.contains(i) && files(i).is_none()).collect()
}

/// The bundle of package `i` as the table embeds it (empty without `embed-std`).
pub(crate) fn bundle(i: usize) -> String {
    encode_bundle(PACKAGES[i].path, PACKAGES[i].files.iter().copied())
}

/// Provided packages' doc comments (`doc_file`), by index in `PACKAGES`.
static DOCS: Mutex<Vec<Option<Files>>> = Mutex::new(Vec::new());

/// The docs file of file `file` of package `i` (line N holds the doc comment of what line N
/// declares, `build/docs.rs`): `Err` when the package's docs are neither embedded nor
/// provided, `Ok(None)` when the package has no such file.
pub(crate) fn doc_file(i: usize, file: &str) -> Result<Option<&'static str>, ()> {
    let find = |files: &[(&'static str, &'static str)]| files.iter().find(|(n, _)| *n == file).map(|(_, t)| *t);
    if cfg!(feature = "embed-std") {
        let (_, files) = decode(super::DOCS[i]).map_err(|_| ())?;
        return Ok(find(&files));
    }
    let all = DOCS.lock().unwrap_or_else(|e| e.into_inner());
    all.get(i).copied().flatten().map(find).ok_or(())
}

/// The docs bundle of package `i` as the table embeds it (empty without `embed-std`).
pub(crate) fn docs_bundle(i: usize) -> &'static str {
    super::DOCS.get(i).copied().unwrap_or_default()
}

/// Makes the doc comments of a docs bundle available; returns its package's path. As with
/// [`provide`], only this build's bundle is taken.
pub(crate) fn provide_docs(bundle: &str) -> Result<&'static str, String> {
    let (i, files) = open(bundle, |p| p.docs)?;
    keep(&mut DOCS.lock().unwrap_or_else(|e| e.into_inner()), i, files);
    Ok(PACKAGES[i].path)
}

/// Makes the package of `bundle` available; returns its path. A bundle must be this build's
/// (its name's hash): one from another version of the compiler is refused.
pub(crate) fn provide(bundle: &str) -> Result<&'static str, String> {
    let (i, files) = open(bundle, |p| p.bundle)?;
    keep(&mut provided(), i, files);
    Ok(PACKAGES[i].path)
}

/// The package of `bundle` (its index) and its files, when the bundle's name is the one
/// `name` gives in the table.
fn open(bundle: &str, name: fn(&super::Package) -> &'static str) -> Result<(usize, Vec<(&str, &str)>), String> {
    let (path, files) = decode(bundle)?;
    let i = PACKAGES.iter().position(|p| p.path == path).ok_or_else(|| format!("{path} is not a standard package of this compiler"))?;
    let want = name(&PACKAGES[i]);
    if bundle_name(path, bundle) != want {
        return Err(format!("the bundle of {path} is not this compiler's (want {want})"));
    }
    Ok((i, files))
}

/// Keeps package `i`'s `files` for the life of the process (the first ones given).
fn keep(all: &mut Vec<Option<Files>>, i: usize, files: Vec<(&str, &str)>) {
    if all.len() <= i {
        all.resize(i + 1, None);
    }
    if all[i].is_none() {
        let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        all[i] = Some(Box::leak(files.into_iter().map(|(n, t)| (leak(n), leak(t))).collect::<Vec<_>>().into_boxed_slice()));
    }
}

/// A bundle's package path and files.
fn decode(bundle: &str) -> Result<(&str, Vec<(&str, &str)>), String> {
    let bad = || "not a standard package bundle".to_string();
    let (head, mut rest) = bundle.split_once('\n').ok_or_else(bad)?;
    let path = head.strip_prefix(BUNDLE_MAGIC).and_then(|r| r.strip_prefix(' ')).ok_or_else(bad)?;
    let mut files = Vec::new();
    while !rest.is_empty() {
        let (line, after) = rest.split_once('\n').ok_or_else(bad)?;
        let (name, len) = line.strip_prefix("file ").and_then(|l| l.rsplit_once(' ')).ok_or_else(bad)?;
        let len: usize = len.parse().map_err(|_| bad())?;
        let text = after.get(..len).ok_or_else(|| format!("the bundle of {path} ends early"))?;
        files.push((name, text));
        rest = &after[len..];
    }
    Ok((path, files))
}

#[cfg(test)]
mod tests {
    use super::{bundle, bundle_name, decode, docs_bundle, provide, provide_docs, PACKAGES};

    #[test]
    fn bundles_decode_to_their_files_and_are_named_by_their_hash() {
        for (i, pkg) in PACKAGES.iter().enumerate() {
            let b = bundle(i);
            assert_eq!(bundle_name(pkg.path, &b), pkg.bundle, "{}", pkg.path);
            let (path, files) = decode(&b).expect("decodes");
            assert_eq!(path, pkg.path);
            assert_eq!(files, pkg.files);
            assert_eq!(provide(&b), Ok(pkg.path));
        }
    }

    #[test]
    fn docs_bundles_keep_each_files_lines_and_are_named_by_their_hash() {
        for (i, pkg) in PACKAGES.iter().enumerate() {
            let b = docs_bundle(i);
            assert_eq!(bundle_name(pkg.path, b), pkg.docs, "{}", pkg.path);
            let (_, files) = decode(b).expect("decodes");
            for ((name, docs), (_, text)) in files.iter().zip(pkg.files) {
                assert_eq!(docs.matches('\n').count(), text.matches('\n').count(), "{}/{name}", pkg.path);
            }
            assert_eq!(provide_docs(b), Ok(pkg.path));
            // A package's sources are not its docs.
            assert!(provide_docs(&bundle(i)).is_err());
        }
    }

    #[test]
    fn foreign_or_broken_bundles_are_refused() {
        let b = bundle(0);
        let path = PACKAGES[0].path;
        let changed = b.replacen("file ", "file x", 1);
        assert!(provide(&changed).unwrap_err().contains("is not this compiler's"));
        assert_eq!(provide(&b[..b.len() - 1]), Err(format!("the bundle of {path} ends early")));
        assert_eq!(provide("gowasm-std 1 no/such\n"), Err("no/such is not a standard package of this compiler".into()));
        assert_eq!(provide("hello"), Err("not a standard package bundle".into()));
    }
}
