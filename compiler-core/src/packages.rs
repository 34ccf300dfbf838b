//! The user's packages (`txtar`: main, and one per directory), in the order the checker needs
//! them: each after the packages it imports, main last.

use std::collections::BTreeMap;

use crate::diag::Diags;
use crate::syntax::ast::File;

/// The files grouped by package path, each package after those of the program it imports;
/// an import cycle is reported (gc's "import cycle not allowed") at the import that closes it.
pub(crate) fn in_order(files: Vec<File>, paths: &[String], diags: &mut Diags) -> Vec<(String, Vec<File>)> {
    let mut by_path: BTreeMap<String, Vec<File>> = BTreeMap::new();
    for (f, p) in files.into_iter().zip(paths) {
        by_path.entry(p.clone()).or_default().push(f);
    }
    let mut order: Vec<String> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    // Main last: nothing imports it.
    let mut roots: Vec<String> = by_path.keys().filter(|p| *p != "main").cloned().collect();
    roots.extend(by_path.contains_key("main").then(|| "main".to_string()));
    for root in roots {
        visit(&root, &by_path, &mut order, &mut stack, diags);
    }
    order.into_iter().map(|p| {
        let files = by_path.remove(&p).unwrap_or_default();
        (p, files)
    }).collect()
}

fn visit(path: &str, by_path: &BTreeMap<String, Vec<File>>, order: &mut Vec<String>, stack: &mut Vec<String>, diags: &mut Diags) {
    if order.iter().any(|p| p == path) {
        return;
    }
    stack.push(path.to_string());
    for f in &by_path[path] {
        for imp in &f.imports {
            if !by_path.contains_key(&imp.path) || imp.path == "main" {
                continue;
            }
            if stack.contains(&imp.path) {
                diags.error(imp.path_pos, "import cycle not allowed");
                continue;
            }
            visit(&imp.path, by_path, order, stack, diags);
        }
    }
    stack.pop();
    order.push(path.to_string());
}

#[cfg(test)]
mod tests {
    use crate::{compile, txtar, Options};

    fn diagnostics(text: &str) -> Vec<String> {
        compile(&txtar::split(text), &Options::default()).diagnostics.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn packages_are_checked_in_order_and_errors_name_their_files() {
        let cycle = "package main\n\nimport \"play.ground/a\"\n\nfunc main() { a.F() }\n-- a/a.go --\npackage a\n\nimport \"play.ground/b\"\n\nfunc F() { b.G() }\n-- b/b.go --\npackage b\n\nimport \"play.ground/a\"\n\nfunc G() { a.F() }\n";
        assert_eq!(diagnostics(cycle), ["b/b.go:3:8: import cycle not allowed"]);
        let typed = "package main\n\nimport \"m/z/deep\"\n\nfunc main() { println(deep.N) }\n-- go.mod --\nmodule m\n-- z/deep/d.go --\npackage deep\n\nvar N int = \"x\"\n";
        assert_eq!(diagnostics(typed), ["z/deep/d.go:3:13: cannot use \"x\" (untyped string constant) as int value in variable declaration"]);
        let ok = "package main\n\nimport \"play.ground/b\"\n\nfunc main() { println(b.Two()) }\n-- b/b.go --\npackage b\n\nimport \"play.ground/a\"\n\nfunc Two() int { return a.One() + 1 }\n-- a/a.go --\npackage a\n\nfunc One() int { return 1 }\n";
        assert_eq!(diagnostics(ok), Vec::<String>::new());
    }
}
