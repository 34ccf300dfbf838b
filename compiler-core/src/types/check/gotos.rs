//! Where a `goto` may jump, as gc's parser checks it (cmd/compile/internal/syntax,
//! branches.go): not forward over a variable declaration of the label's block, and not into
//! a block. Undefined and unused labels are `labels.rs`'.

use crate::diag::{pos_ref, Pos};
use crate::fx::HashMap;
use crate::syntax::ast::{AssignOp, BranchKind, Decl, Stmt, StmtKind};
use super::exprstring::expr_string;
use super::Checker;

/// A `goto` not yet matched with its label: the label's name and position.
type Fwd = (String, Pos);

/// The function's labels: name → the block declaring it; and blocks: (parent, start).
#[derive(Default)]
struct Gotos {
    labels: HashMap<String, usize>,
    blocks: Vec<(Option<usize>, Pos)>,
    errors: Vec<(Pos, String)>,
}

impl Gotos {
    /// The statements of one block: the gotos that leave it unmatched.
    fn block(&mut self, parent: Option<usize>, start: Pos, body: &[Stmt]) -> Vec<Fwd> {
        let b = self.blocks.len();
        self.blocks.push((parent, start));
        // The last variable declaration (position and names), and the gotos pending when it
        // was made: they jump over it if their label follows.
        let mut var: Option<(Pos, String)> = None;
        let mut fwd: Vec<Fwd> = Vec::new();
        let mut bad: Vec<Fwd> = Vec::new();
        for s in body {
            let mut s = s;
            while let StmtKind::Labeled { label, stmt } = &s.kind {
                if label.name.as_str() != "_" {
                    self.labels.entry(label.name.to_string()).or_insert(b);
                    let name = label.name.as_str();
                    for g in fwd.iter().filter(|g| g.0 == name) {
                        if let (true, Some((vpos, vname))) = (bad.contains(g), &var) {
                            self.errors.push((g.1, format!("goto {name} jumps over declaration of {vname} at {}", pos_ref(*vpos))));
                        }
                    }
                    fwd.retain(|g| g.0 != name);
                }
                s = stmt;
            }
            match &s.kind {
                StmtKind::Decl(Decl::Var(specs)) => {
                    if let Some(v) = specs.first() {
                        var = Some((v.pos, v.names.first().map(|n| n.name.to_string()).unwrap_or_default()));
                        bad = fwd.clone();
                    }
                }
                StmtKind::Assign { lhs, op: AssignOp::Define, op_pos, .. } => {
                    var = Some((*op_pos, lhs.iter().map(expr_string).collect::<Vec<_>>().join(", ")));
                    bad = fwd.clone();
                }
                StmtKind::Branch { kind: BranchKind::Goto, label: Some(l) } => {
                    if !self.encloses(l.name.as_str(), b) {
                        fwd.push((l.name.to_string(), l.pos));
                    }
                }
                StmtKind::Block(blk) => fwd.extend(self.block(Some(b), blk.lbrace, &blk.stmts)),
                StmtKind::If { then, els, .. } => {
                    fwd.extend(self.block(Some(b), then.lbrace, &then.stmts));
                    if let Some(e) = els {
                        let start = match &e.kind {
                            StmtKind::Block(blk) => blk.lbrace,
                            _ => e.pos,
                        };
                        fwd.extend(self.block(Some(b), start, std::slice::from_ref(e)));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => fwd.extend(self.block(Some(b), body.lbrace, &body.stmts)),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    for c in clauses {
                        fwd.extend(self.block(Some(b), c.pos, &c.body));
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    for c in clauses {
                        fwd.extend(self.block(Some(b), c.pos, &c.body));
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    /// Whether label `name` is declared already, in block `b` or one enclosing it.
    fn encloses(&self, name: &str, mut b: usize) -> bool {
        let Some(&lb) = self.labels.get(name) else { return false };
        loop {
            if lb == b {
                return true;
            }
            match self.blocks[b].0 {
                Some(p) => b = p,
                None => return false,
            }
        }
    }
}

impl Checker {
    /// Checks the gotos of a function body (a declaration's or a literal's).
    pub(super) fn check_gotos(&mut self, lbrace: Pos, body: &[Stmt]) {
        let mut g = Gotos::default();
        let left = g.block(None, lbrace, body);
        for (name, pos) in left {
            // A label nowhere is labels.rs' "not defined".
            if let Some(&b) = g.labels.get(&name) {
                let start = g.blocks[b].1;
                g.errors.push((pos, format!("goto {name} jumps into block starting at {}", pos_ref(start))));
            }
        }
        for (pos, msg) in g.errors {
            self.error(pos, msg);
        }
    }
}
