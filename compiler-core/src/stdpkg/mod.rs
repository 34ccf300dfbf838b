//! The standard packages a program may import, besides the runtime's own (`runtime`, `time`,
//! `sync`, `runtime/debug`) and the checker's (`unsafe`, `structs`): ours (`src/stdlib`) and
//! those compiled from Go 1.27.3's tree, selected and embedded by `build/main.rs` (gc's build
//! constraints for wasip1/wasm). A package is parsed and checked only when a program imports
//! it, directly or through another; the prelude of each set of packages is cached (`lib.rs`).
//! Their sources are embedded (feature `embed-std`) or provided at run time (`source.rs`).

pub(crate) mod source;

/// A standard package as embedded.
pub(crate) struct Package {
    pub path: &'static str,
    /// Written for the playground (`src/stdlib`), not taken from Go's tree (the tests
    /// compare the others' files with `go list`).
    #[cfg_attr(not(test), allow(dead_code))]
    pub ours: bool,
    /// Indices in `PACKAGES` of the packages it imports (all earlier in the table).
    pub imports: &'static [usize],
    /// The name its bundle is served under (`build/bundle.rs`).
    pub bundle: &'static str,
    /// The name its docs bundle is served under: its files' doc comments (`source::doc_file`,
    /// `build/docs.rs`).
    pub docs: &'static str,
    /// (file name, text with comments blanked, lines kept); empty without `embed-std`.
    pub files: &'static [(&'static str, &'static str)],
}

/// Every standard package, in dependency order.
pub(crate) const PACKAGES: &[Package] = include!(concat!(env!("OUT_DIR"), "/go/std_table.rs"));

/// Each package's docs bundle, in `PACKAGES`' order; empty without `embed-std`.
pub(crate) const DOCS: &[&str] = include!(concat!(env!("OUT_DIR"), "/go/std_docs.rs"));

/// A set of `PACKAGES`, by index.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub(crate) struct PkgSet(Vec<u64>);

impl PkgSet {
    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & 1 << (i % 64) != 0)
    }

    fn insert(&mut self, i: usize) {
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// The packages a program importing `paths` needs: those and what they import.
    pub fn closure<'a>(paths: impl Iterator<Item = &'a str>) -> PkgSet {
        let mut set = PkgSet::default();
        for p in paths {
            if let Some(i) = PACKAGES.iter().position(|pkg| pkg.path == p) {
                set.insert(i);
            }
        }
        // Imports come earlier in the table: one backward pass adds them all.
        for i in (0..PACKAGES.len()).rev() {
            if set.contains(i) {
                for &d in PACKAGES[i].imports {
                    set.insert(d);
                }
            }
        }
        set
    }
}

/// Functions gc implements in assembly for wasm, by (package, name): the package's own
/// pure-Go function that stands for each (gc's generic fallback).
const ASM_ALIASES: &[(&str, &str, &str)] = &[("internal/chacha8rand", "block", "block_generic")];

/// The pure-Go function of `pkg` that stands for its assembly function `name`.
pub(crate) fn asm_alias(pkg: &str, name: &str) -> Option<&'static str> {
    ASM_ALIASES.iter().find(|(p, n, _)| *p == pkg && *n == name).map(|(_, _, t)| *t)
}

/// Packages every program has: the runtime's own and the checker's (`unsafe`, `structs`).
pub(crate) const BUILTIN: &[&str] = &["runtime", "runtime/debug", "structs", "sync", "unsafe"];

/// The import paths a program may use, sorted, for the "not in std" diagnostic (`internal/`
/// packages only serve other standard packages, as in gc).
pub(crate) fn provided() -> Vec<&'static str> {
    let mut all: Vec<&str> = PACKAGES.iter().map(|p| p.path).filter(|p| !is_internal(p)).chain(BUILTIN.iter().copied()).collect();
    crate::sort::sort(&mut all);
    all
}

pub(crate) fn is_internal(path: &str) -> bool {
    path.starts_with("internal/") || path.contains("/internal/")
}

/// Why a standard package cannot exist in the playground, where the reason is the sandbox
/// itself rather than a package not compiled yet.
pub(crate) fn unavailable(path: &str) -> Option<&'static str> {
    let under = |root: &str| path == root || path.strip_prefix(root).is_some_and(|r| r.starts_with('/'));
    if under("net") {
        Some("programs have no network (they run in a WASI sandbox, in the browser or the CLI)")
    } else if under("os/exec") || path == "plugin" {
        Some("programs cannot start processes or load code (they run in a WASI sandbox)")
    } else if under("syscall/js") {
        Some("programs are built for GOOS=wasip1, not GOOS=js (no JavaScript bridge)")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{PkgSet, BUILTIN, PACKAGES};
    use crate::diag::Diags;
    use crate::syntax;

    #[test]
    fn imports_are_the_files_standard_imports() {
        for (i, pkg) in PACKAGES.iter().enumerate() {
            let mut want: Vec<&str> = Vec::new();
            for (name, text) in pkg.files {
                let (mut next_id, mut diags) = (0, Diags::default());
                let file = syntax::parse_file(text, 0, &mut next_id, &mut diags);
                assert!(diags.is_empty(), "{}/{name} parses", pkg.path);
                want.extend(file.imports.iter().map(|i| i.path.as_str()).filter(|p| !BUILTIN.contains(p)).map(|p| PACKAGES.iter().find(|q| q.path == p).expect("in the table").path));
            }
            want.sort();
            want.dedup();
            let mut got: Vec<&str> = pkg.imports.iter().map(|&d| PACKAGES[d].path).collect();
            got.sort();
            assert_eq!(got, want, "{}'s imports", pkg.path);
            assert!(pkg.imports.iter().all(|&d| d < i), "{} comes after its imports", pkg.path);
        }
        let set = PkgSet::closure(["bufio"].into_iter());
        let names: Vec<&str> = (0..PACKAGES.len()).filter(|&i| set.contains(i)).map(|i| PACKAGES[i].path).collect();
        assert!(names.contains(&"bytes") && names.contains(&"io") && !names.contains(&"fmt"), "{names:?}");
    }

    /// The files taken from Go's tree are those `go list` selects for wasip1/wasm (with the
    /// pure-Go tags). Needs `go` on PATH (`tools/setup-go.sh`).
    #[test]
    fn goroot_files_are_those_go_list_selects() {
        let from_tree: Vec<&str> = PACKAGES.iter().filter(|p| !p.ours).map(|p| p.path).collect();
        let out = std::process::Command::new("go")
            .args(["list", "-tags", "purego,math_big_pure_go,netgo,osusergo", "-f", "{{.ImportPath}} {{join .GoFiles \" \"}}"])
            .args(&from_tree)
            .env("GOOS", "wasip1")
            .env("GOEXPERIMENT", "nojsonv2")
            .env("GOARCH", "wasm")
            .output()
            .expect("`go` on PATH: run tools/setup-go.sh");
        assert!(out.status.success(), "go list: {}", String::from_utf8_lossy(&out.stderr));
        let listed = String::from_utf8(out.stdout).expect("UTF-8");
        let mut checked = 0;
        for line in listed.lines() {
            let mut words = line.split(' ');
            let path = words.next().expect("a path");
            let want: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
            let pkg = PACKAGES.iter().find(|p| p.path == path).expect("listed packages are in the table");
            let got: Vec<&str> = pkg.files.iter().map(|(n, _)| *n).collect();
            assert_eq!(got, want, "{path}'s files");
            checked += 1;
        }
        assert_eq!(checked, from_tree.len());
    }
}
