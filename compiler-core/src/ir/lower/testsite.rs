//! Call sites for the testing package: gc's testing walks the stack to print a log's
//! `file:line` and to skip `t.Helper()` functions; our runtime keeps no such stack, so calls
//! from package main tell the testing package where they are. Before a call into package
//! testing (or through a `testing.TB`): `testing.callSite(caller, "file:line")`; before a call to a function of package
//! main that takes a `*testing.T`, `*testing.B` or `testing.TB` (a possible helper):
//! `testing.helperCall(callee, caller, "file:line")`. Programs that do not import testing
//! get neither.

use crate::diag::Pos;
use crate::ir::{Expr as E, Stmt as S};
use crate::syntax::ast::Expr;
use crate::types::check::ObjKind;
use crate::types::info::ObjId;

use super::FnLower;

impl<'l, 'a> FnLower<'l, 'a> {
    /// Records, for the testing package, the site of a call of `callee` at `pos`.
    pub(super) fn test_site(&mut self, callee: ObjId, args: &[Expr], pos: Pos) {
        if !self.name.starts_with("main.") {
            return;
        }
        let info = self.info();
        let target = &*info.obj(callee).pkg;
        if target == "testing" {
            self.test_hook("callSite", None, pos);
        } else if target == "main" && args.iter().any(|a| is_testing_value(&info.types.display(info.expr_type(a)))) {
            self.test_hook("helperCall", Some(format!("main.{}", info.obj(callee).name)), pos);
        }
    }

    /// Records the site of a method call through `testing.TB` (the receiver `recv`).
    pub(super) fn test_iface_site(&mut self, recv: &Expr, pos: Pos) {
        let info = self.info();
        if self.name.starts_with("main.") && info.types.display(info.expr_type(recv)) == "testing.TB" {
            self.test_hook("callSite", None, pos);
        }
    }

    /// Emits a call of the testing package's `hook` with the callee's name (for helperCall),
    /// the caller's and the site.
    fn test_hook(&mut self, hook: &str, callee: Option<String>, pos: Pos) {
        let info = self.info();
        let Some(testing) = info.packages.iter().find(|p| &*p.path == "testing") else { return };
        let Some(f) = testing.scope.get(hook).filter(|&&o| info.obj(o).kind == ObjKind::Func).and_then(|o| self.l.funcs.get(o).copied()) else {
            return;
        };
        let (file, line, _) = self.l.map.locate(pos);
        let at = format!("{file}:{line}");
        let mut args = Vec::new();
        if let Some(c) = callee {
            args.extend(self.go_string(c));
        }
        let caller = self.name.clone();
        args.extend(self.go_string(caller));
        args.extend(self.go_string(at));
        self.emit(S::Drop(E::Call(f, args), 0));
    }

    fn go_string(&mut self, s: String) -> [E; 2] {
        let n = s.len() as i32;
        [E::Data(self.l.string_data(s.into_bytes())), E::I32(n)]
    }
}

/// Whether a value of this type is a test's state: what a helper takes.
fn is_testing_value(ty: &str) -> bool {
    matches!(ty, "*testing.T" | "*testing.B" | "testing.TB")
}
