//! Function calls.

use crate::diag::Pos;
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{INVALID, Signature, Type, TypeId};
use super::{ArgumentTo, Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: Option<Pos>, rparen: Pos, hint: Option<TypeId>) -> Operand {
        let _ = hint;
        if let Some(op) = self.generic_call(e, fun, args, ellipsis, rparen) {
            return op;
        }
        let inv = Operand::invalid(e.id);
        let f = self.expr(fun, None);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a, None);
                }
                inv
            }
            Mode::Type => self.conversion(e, f.ty, args),
            Mode::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            _ => {
                let sig = match self.t().under_type(f.ty).clone() {
                    Type::Func(s) => s,
                    _ => {
                        let s = self.operand_string(fun, &f);
                        self.error(e.pos, format!("invalid operation: cannot call {s}: {} is not a function", self.ty_str(f.ty)));
                        return inv;
                    }
                };
                if ellipsis.is_some() && !sig.variadic {
                    let s = expr_string(fun);
                    self.error(e.pos, format!("have (...) used with non-variadic function {s}"));
                }
                // Arguments.
                let mut ops: Vec<(Operand, &Expr)> = Vec::new();
                let spread_call = sig.variadic && ellipsis.is_none() && matches!(strip_parens(args.first().unwrap_or(fun)).kind, ExprKind::Call { .. });
                if args.len() == 1 && (sig.params.len() > 1 || spread_call) {
                    let o = self.expr_multi(&args[0]);
                    let ts = self.tuple_types(&o);
                    if ts.len() > 1 && sig.variadic {
                        // f(g()) with variadic f: g's results fill the parameters, the rest
                        // the variadic slice.
                        let fname = expr_string(fun);
                        let n = sig.params.len();
                        if ts.len() + 1 < n {
                            self.error(args[0].pos, format!("not enough arguments in call to {fname}\n\thave ({})\n\twant ({})", self.type_list(&ts), self.type_list(&sig.params)));
                        }
                        for (i, t) in ts.iter().enumerate() {
                            let pt = if i + 1 >= n {
                                match self.t().get(sig.params[n - 1]) {
                                    Type::Slice(el) => *el,
                                    _ => INVALID,
                                }
                            } else {
                                sig.params[i]
                            };
                            if !self.assignable(*t, pt) {
                                self.error(args[0].pos, format!("cannot use {} value as {} value in argument to {fname}", self.ty_str(*t), self.ty_str(pt)));
                            }
                        }
                        return self.call_result(e, &sig);
                    }
                    if ts.len() > 1 {
                        let fname = expr_string(fun);
                        if ts.len() != sig.params.len() {
                            let msg = if ts.len() < sig.params.len() { "not enough arguments" } else { "too many arguments" };
                            self.error(args[0].pos, format!("{msg} in call to {fname}\n\thave ({})\n\twant ({})", self.type_list(&ts), self.type_list(&sig.params)));
                        } else {
                            for (i, t) in ts.iter().enumerate() {
                                if !self.assignable(*t, sig.params[i]) {
                                    self.error(args[0].pos, format!("cannot use {} value as {} value in argument to {fname}", self.ty_str(*t), self.ty_str(sig.params[i])));
                                }
                            }
                        }
                        return self.call_result(e, &sig);
                    }
                    ops.push((o, &args[0]));
                } else {
                    for (i, a) in args.iter().enumerate() {
                        let o = self.expr(a, sig.params.get(i).copied());
                        ops.push((o, a));
                    }
                }
                let nparams = sig.params.len();
                if ops.len() != nparams && !(sig.variadic && ops.len() >= nparams - 1) {
                    let fname = expr_string(fun);
                    let have = self.arg_types(ops.iter().map(|(o, _)| o));
                    let (msg, pos) = if ops.len() < nparams { ("not enough arguments", rparen) } else { ("too many arguments", ops[nparams].1.pos) };
                    self.error(pos, format!("{msg} in call to {fname}\n\thave ({have})\n\twant ({})", self.type_list(&sig.params)));
                    return self.call_result(e, &sig);
                }
                self.assign_args(fun, &sig, ops, ellipsis);
                self.call_result(e, &sig)
            }
        }
    }

    /// Checks each argument against its parameter (the variadic parameter's element type
    /// for the trailing arguments of a call without `...`).
    pub(super) fn assign_args(&mut self, fun: &Expr, sig: &Signature, ops: Vec<(Operand, &Expr)>, ellipsis: Option<Pos>) {
        let nparams = sig.params.len();
        for (i, (mut o, a)) in ops.into_iter().enumerate() {
            let pt = if sig.variadic && i + 1 >= nparams && ellipsis.is_none() {
                match self.t().get(sig.params[nparams - 1]) {
                    Type::Slice(el) => *el,
                    _ => INVALID,
                }
            } else {
                sig.params.get(i).copied().unwrap_or(INVALID)
            };
            self.single_value(&mut o, a);
            self.assign_op(&mut o, pt, a, ArgumentTo(fun));
        }
    }

    /// The arguments' types as gc lists them after "have" (untyped constants as `number`).
    pub(super) fn arg_types<'o>(&self, ops: impl Iterator<Item = &'o Operand>) -> String {
        let have: Vec<String> = ops.map(|o| if o.mode == Mode::Const && self.t().is_untyped(o.ty) { "number".to_string() } else { self.ty_str(o.ty) }).collect();
        have.join(", ")
    }

    pub(super) fn call_result(&mut self, e: &Expr, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id },
            1 => Operand { mode: Mode::Value, ty: sig.results[0], val: None, id: e.id },
            _ => {
                let t = self.info.types.intern(Type::Tuple(sig.results.clone()));
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
        }
    }
}
