//! Several files in one text, in go.dev/play's txtar form: `-- go.mod --`, `-- util/util.go --`
//! marker lines start files, and the text before the first marker is `prog.go`. A program's
//! packages follow from the files' directories: files at the top are package main, those in
//! `util/` the package `<module>/util`, the module path read from `go.mod` (`play.ground`,
//! go.dev/play's, without one). Other files (`go.mod`, data) are not compiled.

use crate::SourceFile;

/// The module path of a program without `go.mod`, as go.dev/play names it.
pub const DEFAULT_MODULE: &str = "play.ground";

/// The files of a txtar text; a text without markers is the one file `prog.go`.
pub fn split(text: &str) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let mut name = "prog.go".to_string();
    let mut body = String::new();
    let mut marked = false;
    for line in text.split_inclusive('\n') {
        if let Some(n) = marker(line) {
            if marked || !body.trim().is_empty() {
                files.push(SourceFile { name, text: std::mem::take(&mut body) });
            }
            body.clear();
            name = n.to_string();
            marked = true;
            continue;
        }
        body.push_str(line);
    }
    files.push(SourceFile { name, text: body });
    files
}

/// The txtar text of files: the first, when it is `prog.go`, before any marker.
pub fn join(files: &[SourceFile]) -> String {
    let mut out = String::new();
    for (i, f) in files.iter().enumerate() {
        if !(i == 0 && f.name == "prog.go") {
            out.push_str(&format!("-- {} --\n", f.name));
        }
        out.push_str(&f.text);
        if !f.text.is_empty() && !f.text.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The file name of a marker line, `-- name --`.
fn marker(line: &str) -> Option<&str> {
    let l = line.strip_suffix('\n').unwrap_or(line);
    let l = l.strip_suffix('\r').unwrap_or(l);
    let name = l.strip_prefix("-- ")?.strip_suffix(" --")?.trim();
    (!name.is_empty()).then_some(name)
}

/// The module path `go.mod` declares, or go.dev/play's default.
pub fn module_path(files: &[SourceFile]) -> String {
    let Some(gomod) = files.iter().find(|f| f.name == "go.mod") else { return DEFAULT_MODULE.into() };
    gomod
        .text
        .lines()
        .find_map(|l| l.trim().strip_prefix("module").filter(|r| r.starts_with([' ', '\t'])).map(|r| r.trim().trim_matches('"').to_string()))
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| DEFAULT_MODULE.into())
}

/// The import path of a Go file's package: `main` for the files at the top, else the module
/// path and the file's directory; `None` for files that are not Go.
pub fn package_of(name: &str, module: &str) -> Option<String> {
    if !name.ends_with(".go") {
        return None;
    }
    Some(match name.rsplit_once('/') {
        Some((dir, _)) => format!("{module}/{dir}"),
        None => "main".into(),
    })
}

/// Whether a file is a test file (`_test.go`), compiled only by `go test`.
pub fn is_test_file(name: &str) -> bool {
    name.ends_with("_test.go")
}

#[cfg(test)]
mod tests {
    use super::{join, module_path, package_of, split};

    #[test]
    fn go_dev_play_layout() {
        let text = "package main\n\nfunc main() {}\n-- go.mod --\nmodule example.com/x\n-- util/util.go --\npackage util\n";
        let files = split(text);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["prog.go", "go.mod", "util/util.go"]);
        assert_eq!(files[0].text, "package main\n\nfunc main() {}\n");
        assert_eq!(module_path(&files), "example.com/x");
        assert_eq!(package_of("util/util.go", "example.com/x").as_deref(), Some("example.com/x/util"));
        assert_eq!(package_of("prog.go", "m").as_deref(), Some("main"));
        assert_eq!(package_of("go.mod", "m"), None);
        assert_eq!(join(&files), text);
        // Without markers: one file; an empty prologue is no file.
        assert_eq!(split("package main\n").len(), 1);
        let files = split("\n-- a.go --\npackage main\n");
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].name, "a.go");
        assert_eq!(module_path(&files), "play.ground");
    }
}
