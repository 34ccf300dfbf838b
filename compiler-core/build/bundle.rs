// A standard package's sources as one text file, the unit the playground fetches when a
// program first imports the package. Shared by the build script, which names each bundle
// after a hash of it, and the crate (`src/stdpkg/source.rs`), which writes and reads bundles:
// both include this file, so the name always hashes the bytes the crate writes.
//
//     gowasm-std 1 PATH
//     file NAME LEN
//     <LEN bytes of NAME>
//     file NAME LEN
//     ...

/// The first word of every bundle, with the format's version.
pub const BUNDLE_MAGIC: &str = "gowasm-std 1";

/// The bundle of package `path` made of `files` (name, text).
pub fn encode_bundle<'a>(path: &str, files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = format!("{BUNDLE_MAGIC} {path}\n");
    for (name, text) in files {
        out.push_str(&format!("file {name} {}\n", text.len()));
        out.push_str(text);
    }
    out
}

/// The file name a bundle is served under: the package path with `/` as `.`, and a hash of
/// the bundle's bytes, so a changed package gets a new name and caches never go stale.
pub fn bundle_name(path: &str, bundle: &str) -> String {
    // FNV-1a: stable across builds and platforms (std's hashers are not). 32 bits tell a
    // package's versions apart; the page's wasm carries every name, two per package.
    let mut h: u32 = 0x811c_9dc5;
    for b in bundle.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!("{}.{h:08x}.txt", path.replace('/', "."))
}
