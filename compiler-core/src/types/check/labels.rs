//! Labels and branch statements (`break`, `continue`, `goto`, `fallthrough`).

use crate::diag::Pos;
use crate::syntax::ast::{BranchKind, Ident, Stmt, StmtKind};
use crate::types::INVALID;
use crate::types::info::ObjKind;
use super::Checker;

impl Checker {
    pub(super) fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            if let StmtKind::Labeled { label, stmt } = &s.kind {
                let id = self.new_obj(&label.name, label.pos, ObjKind::Label, INVALID);
                if let Some(f) = self.funcs.last_mut() {
                    if let Some(&(first, _)) = f.labels.get(label.name.as_str()) {
                        let at = crate::diag::pos_ref(self.info.objects[first as usize].pos);
                        self.diags.error(label.pos, format!("label {} already defined at {at}", label.name));
                    } else {
                        f.labels.insert(label.name.to_string(), (id, false));
                    }
                }
                self.collect_labels(std::slice::from_ref(stmt));
            }
            match &s.kind {
                StmtKind::Block(b) => self.collect_labels(&b.stmts),
                StmtKind::If { then, els, .. } => {
                    self.collect_labels(&then.stmts);
                    if let Some(e) = els {
                        self.collect_labels(std::slice::from_ref(e));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.collect_labels(&body.stmts),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    for c in clauses {
                        self.collect_labels(&c.body);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    for c in clauses {
                        self.collect_labels(&c.body);
                    }
                }
                _ => {}
            }
        }
    }

    pub(super) fn branch_stmt(&mut self, pos: Pos, kind: BranchKind, label: Option<&Ident>) {
        match kind {
            BranchKind::Goto => {
                if let Some(l) = label {
                    self.use_label(l, "goto");
                }
            }
            BranchKind::Fallthrough => {}
            BranchKind::Break | BranchKind::Continue => {
                let word = if kind == BranchKind::Break { "break" } else { "continue" };
                match label {
                    Some(l) => {
                        if !self.use_label(l, word) {
                            return;
                        }
                        let found = self.breakables.iter().rev().find(|(_, n)| n.as_deref() == Some(&l.name)).cloned();
                        match found {
                            None => self.error(l.pos, format!("invalid {word} label {}", l.name)),
                            Some((is_loop, _)) if kind == BranchKind::Continue && !is_loop => {
                                self.error(l.pos, format!("invalid continue label {}", l.name))
                            }
                            _ => {}
                        }
                    }
                    None => {
                        if kind == BranchKind::Break && self.breakables.is_empty() {
                            self.error(pos, "break is not in a loop, switch, or select");
                        } else if kind == BranchKind::Continue && !self.breakables.iter().any(|(l, _)| *l) {
                            self.error(pos, "continue is not in a loop");
                        }
                    }
                }
            }
        }
    }

    fn use_label(&mut self, l: &Ident, word: &str) -> bool {
        let found = self.funcs.last_mut().and_then(|f| f.labels.get_mut(l.name.as_str()));
        match found {
            Some(entry) => {
                entry.1 = true;
                let id = entry.0;
                self.info.defs.insert(l.pos, id);
                true
            }
            None => {
                if word == "goto" {
                    self.error(l.pos, format!("label {} not defined", l.name));
                } else {
                    self.error(l.pos, format!("{word} label not defined: {}", l.name));
                }
                false
            }
        }
    }
}
