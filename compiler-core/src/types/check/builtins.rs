//! Calls of the built-in functions and of package unsafe's.

use crate::diag::Pos;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind};
use crate::types::{Basic, Const, INVALID, Type, TypeId};
use crate::types::constant::Misfit;
use crate::types::info::{Builtin, ObjKind};
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn builtin_call(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
        let inv = Operand::invalid(e.id);
        let _ = ellipsis;
        let name = b.name();
        let nargs = |c: &mut Self, n: usize| -> bool {
            if args.len() != n {
                let msg = if args.len() < n { "not enough" } else { "too many" };
                c.error(e.pos, format!("invalid operation: {msg} arguments for {} (expected {n}, found {})", expr_string(e), args.len()));
                false
            } else {
                true
            }
        };
        match b {
            Builtin::Complex | Builtin::Real | Builtin::Imag => self.complex_builtin(e, b, args),
            Builtin::Print | Builtin::Println => {
                for a in args {
                    // print(f()) with a multi-value f prints every result.
                    let mut o = if args.len() == 1 { self.expr_multi(a) } else { self.expr(a, None) };
                    if o.mode != Mode::Invalid && o.mode != Mode::NoValue && matches!(self.t().get(o.ty), Type::Tuple(_)) {
                        continue;
                    }
                    if o.mode == Mode::CommaOk {
                        o.mode = Mode::Value;
                    }
                    self.single_value(&mut o, a);
                    if o.mode == Mode::Invalid {
                        continue;
                    }
                    if o.mode == Mode::Type {
                        self.error(a.pos, format!("{} (type) is not an expression", expr_string(a)));
                        continue;
                    }
                    if self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                        self.error(a.pos, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    if self.t().is_untyped(o.ty) {
                        let d = self.default_type(o.ty);
                        self.assign_op(&mut o, d, a, &format!("argument to built-in {name}"));
                    }
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id }
            }
            Builtin::Len => {
                if !nargs(self, 1) {
                    return inv;
                }
                let o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    return inv;
                }
                let int = self.basic(Basic::Int);
                match self.t().under_type(o.ty).clone() {
                    Type::Basic(bb) if bb.is_string() => {
                        if let Some(Const::String(s)) = &o.val {
                            let n = crate::types::constant::string_bytes(s).len() as i128;
                            return Operand { mode: Mode::Const, ty: int, val: Some(Const::int(n)), id: e.id };
                        }
                        if self.t().is_untyped(o.ty) {
                            let st = self.basic(Basic::String);
                            self.set_type(&args[0], st, None);
                        }
                        Operand { mode: Mode::Value, ty: int, val: None, id: e.id }
                    }
                    Type::Chan(..) => self.chan_len(e, &o).unwrap_or(inv),
                    _ => match self.len_cap(e, b, &args[0], &o) {
                        Some(r) => r,
                        None => {
                            let s = self.operand_string(&args[0], &o);
                            self.error(args[0].pos, format!("invalid argument: {s} for built-in len"));
                            inv
                        }
                    },
                }
            }
            Builtin::Sizeof | Builtin::Alignof => {
                if !nargs(self, 1) {
                    return inv;
                }
                let mut o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    return inv;
                }
                if self.t().is_untyped(o.ty) {
                    let d = self.default_type(o.ty);
                    self.assign_op(&mut o, d, &args[0], "argument to unsafe.Sizeof");
                }
                let (size, align) = crate::layout::size_align(&self.info.types, o.ty);
                let v = if b == Builtin::Sizeof { size } else { align };
                let uintptr = self.basic(Basic::Uintptr);
                Operand { mode: Mode::Const, ty: uintptr, val: Some(Const::int(v as i128)), id: e.id }
            }
            Builtin::StringData => {
                if !nargs(self, 1) {
                    return inv;
                }
                let mut o = self.expr(&args[0], None);
                let st = self.basic(Basic::String);
                self.assign_op(&mut o, st, &args[0], "argument to unsafe.StringData");
                let u8t = self.basic(Basic::Byte);
                let t = self.info.types.intern(Type::Pointer(u8t));
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
            Builtin::String => {
                if !nargs(self, 2) {
                    return inv;
                }
                let mut p = self.expr(&args[0], None);
                let u8t = self.basic(Basic::Byte);
                let pt = self.info.types.intern(Type::Pointer(u8t));
                self.assign_op(&mut p, pt, &args[0], "argument to unsafe.String");
                let mut n = self.expr(&args[1], None);
                if self.t().is_untyped(n.ty) {
                    let it = self.basic(Basic::Int);
                    self.assign_op(&mut n, it, &args[1], "argument to unsafe.String");
                }
                let st = self.basic(Basic::String);
                Operand { mode: Mode::Value, ty: st, val: None, id: e.id }
            }
            Builtin::Add => {
                if !nargs(self, 2) {
                    return inv;
                }
                let mut p = self.expr(&args[0], None);
                let up = self.basic(Basic::UnsafePointer);
                self.assign_op(&mut p, up, &args[0], "argument to unsafe.Add");
                let mut n = self.expr(&args[1], None);
                if self.t().is_untyped(n.ty) {
                    let it = self.basic(Basic::Int);
                    self.assign_op(&mut n, it, &args[1], "argument to unsafe.Add");
                }
                Operand { mode: Mode::Value, ty: up, val: None, id: e.id }
            }
            Builtin::Slice | Builtin::SliceData | Builtin::Offsetof => self.unsafe_call(e, b, args),
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    self.error(e.pos, format!("invalid operation: not enough arguments for {name}() (expected 1, found 0)"));
                    return inv;
                }
                let mut acc = self.expr(&args[0], None);
                let first = &args[0];
                for a in &args[1..] {
                    let o = self.expr(a, None);
                    if acc.mode != Mode::Invalid && o.mode != Mode::Invalid && self.minmax_mismatch(acc.ty, o.ty) {
                        let (pt, at) = (self.ty_str(acc.ty), self.ty_str(o.ty));
                        self.error(a.pos, format!("invalid argument: mismatched types {pt} (previous argument) and {at} (type of {})", expr_string(a)));
                        return inv;
                    }
                    let r = self.binary_ops(acc.clone(), o, first, a, BinaryOp::Lt, e.pos, None);
                    if r.mode == Mode::Invalid {
                        return inv;
                    }
                    let lt = self.info.exprs.get(&first.id).map(|i| i.ty).unwrap_or(acc.ty);
                    let rt = self.info.exprs.get(&a.id).map(|i| i.ty).unwrap_or(lt);
                    // Untyped operands take the kind that comes last in int, rune, float.
                    let rank = |c: &Self, t: TypeId| [Basic::UntypedInt, Basic::UntypedRune, Basic::UntypedFloat].iter().position(|k| c.t().basic_of(t) == Some(*k));
                    acc.ty = match (rank(self, lt), rank(self, rt)) {
                        (Some(x), Some(y)) if x >= y => lt,
                        _ if self.t().is_untyped(lt) => rt,
                        _ => lt,
                    };
                    match (&acc.val, self.info.const_value(a).cloned()) {
                        (Some(x), Some(y)) => {
                            let less = y.binary(BinaryOp::Lt, x, false).map(|v| v.as_bool()).unwrap_or(false);
                            if (b == Builtin::Min) == less {
                                acc.val = Some(y);
                            }
                        }
                        _ => {
                            acc.val = None;
                            acc.mode = Mode::Value;
                        }
                    }
                }
                if !self.t().basic_of(acc.ty).map(|b| b.is_integer() || b.is_float() || b.is_string()).unwrap_or(false) {
                    let s = if args.len() == 1 { self.operand_string(&args[0], &acc) } else { self.ty_str(acc.ty) };
                    self.error(args[0].pos, format!("invalid argument: {s} cannot be ordered"));
                    return inv;
                }
                if !self.t().is_untyped(acc.ty) && acc.val.is_some() {
                    // Every untyped constant argument must fit the result's type.
                    for a in args {
                        let at = self.info.expr_type(a);
                        if let (Some(v), Some(bt)) = (self.info.const_value(a).cloned(), self.t().basic_of(acc.ty)) {
                            if v.convert(bt).is_err() {
                                let s = self.operand_string(a, &Operand { mode: Mode::Const, ty: at, val: Some(v), id: a.id });
                                self.error(a.pos, format!("{s} truncated to {}", self.ty_str(acc.ty)));
                                return inv;
                            }
                        }
                    }
                }
                if acc.val.is_none() {
                    acc.mode = Mode::Value;
                    if self.t().is_untyped(acc.ty) {
                        acc.ty = self.default_type(acc.ty);
                    }
                    for a in args {
                        let v = self.info.const_value(a).cloned();
                        let (Some(v), Some(bt)) = (v, self.t().basic_of(acc.ty)) else {
                            self.set_type(a, acc.ty, None);
                            continue;
                        };
                        match v.convert(bt) {
                            Ok(v) => self.set_type(a, acc.ty, Some(v)),
                            Err(_) => {
                                let at = self.info.expr_type(a);
                                let s = self.operand_string(a, &Operand { mode: Mode::Const, ty: at, val: Some(v), id: a.id });
                                self.error(a.pos, format!("{s} truncated to {}", self.ty_str(acc.ty)));
                                return inv;
                            }
                        }
                    }
                } else {
                    acc.mode = Mode::Const;
                }
                acc.id = e.id;
                acc
            }
            Builtin::Panic => {
                if !nargs(self, 1) {
                    return inv;
                }
                let mut o = self.expr(&args[0], None);
                if o.mode != Mode::Invalid && self.t().is_untyped(o.ty) {
                    let d = self.default_type(o.ty);
                    self.assign_op(&mut o, d, &args[0], "argument to panic");
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id }
            }
            Builtin::Recover => {
                if !args.is_empty() {
                    for a in args {
                        self.expr(a, None);
                    }
                    self.error(e.pos, format!("invalid operation: too many arguments for {} (expected 0, found {})", expr_string(e), args.len()));
                    return inv;
                }
                self.info.uses_recover = true;
                let any = self.info.types.intern(Type::Interface(Vec::new()));
                Operand { mode: Mode::Value, ty: any, val: None, id: e.id }
            }
            Builtin::Make if args.first().is_some_and(|a| matches!(strip_parens(a).kind, ExprKind::ChanType { .. })) => self.make_chan(e, args).unwrap_or(inv),
            Builtin::Close => self.close_chan(e, args),
            Builtin::Cap | Builtin::New | Builtin::Make | Builtin::Append | Builtin::Copy | Builtin::Clear | Builtin::Delete => self.builtin_data(e, b, args, ellipsis),
        }
    }

    /// len and cap of arrays, pointers to arrays and slices (strings are handled by the caller).
    fn len_cap(&mut self, e: &Expr, b: Builtin, arg: &Expr, o: &Operand) -> Option<Operand> {
        let int = self.basic(Basic::Int);
        let arr = |c: &Self, t: TypeId| match c.t().under_type(t).clone() {
            Type::Array(n, _) => Some(n),
            Type::Pointer(p) => match c.t().under_type(p) {
                Type::Array(n, _) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = arr(self, o.ty) {
            // Constant unless the operand has calls (gc's rule, simplified to "is a call").
            let konst = !matches!(strip_parens(arg).kind, ExprKind::Call { .. });
            return Some(if konst {
                Operand { mode: Mode::Const, ty: int, val: Some(Const::int(n as i128)), id: e.id }
            } else {
                Operand { mode: Mode::Value, ty: int, val: None, id: e.id }
            });
        }
        match self.t().under_type(o.ty) {
            Type::Slice(_) => Some(Operand { mode: Mode::Value, ty: int, val: None, id: e.id }),
            Type::Map(..) if b == Builtin::Len => Some(Operand { mode: Mode::Value, ty: int, val: None, id: e.id }),
            Type::Basic(bb) if bb.is_string() && b == Builtin::Len => None,
            _ => None,
        }
    }

    fn builtin_data(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
        let inv = Operand::invalid(e.id);
        let name = b.name();
        match b {
            Builtin::Delete => {
                if args.len() != 2 {
                    let which = if args.len() < 2 { "not enough" } else { "too many" };
                    self.error(e.pos, format!("invalid operation: {which} arguments for {} (expected 2, found {})", expr_string(e), args.len()));
                    return inv;
                }
                let o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    self.expr(&args[1], None);
                    return inv;
                }
                let Type::Map(kt, _) = self.t().under_type(o.ty).clone() else {
                    let s = self.operand_string(&args[0], &o);
                    self.error(args[0].pos, format!("invalid argument: {s} is not a map"));
                    self.expr(&args[1], None);
                    return inv;
                };
                let mut k = self.expr(&args[1], Some(kt));
                self.single_value(&mut k, &args[1]);
                self.assign_op(&mut k, kt, &args[1], "argument to delete");
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id }
            }
            Builtin::Cap => {
                if args.len() != 1 {
                    self.error(e.pos, format!("invalid operation: wrong number of arguments for {}", expr_string(e)));
                    return inv;
                }
                let o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    return inv;
                }
                match self.len_cap(e, b, &args[0], &o).or_else(|| self.chan_len(e, &o)) {
                    Some(r) => r,
                    None => {
                        let s = self.operand_string(&args[0], &o);
                        self.error(args[0].pos, format!("invalid argument: {s} for built-in cap"));
                        inv
                    }
                }
            }
            Builtin::New => {
                if args.len() != 1 {
                    let which = if args.is_empty() { "not enough" } else { "too many" };
                    self.error(e.pos, format!("invalid operation: {which} arguments for {} (expected 1, found {})", expr_string(e), args.len()));
                    return inv;
                }
                let t = self.new_operand(&args[0]);
                if t == INVALID {
                    return inv;
                }
                let p = self.info.types.intern(Type::Pointer(t));
                Operand { mode: Mode::Value, ty: p, val: None, id: e.id }
            }
            Builtin::Make => {
                if args.is_empty() {
                    self.error(e.pos, format!("not enough arguments for {name}() (expected 1, found 0)"));
                    return inv;
                }
                let t = self.type_expr(&args[0]);
                if t == INVALID {
                    return inv;
                }
                match self.t().under_type(t) {
                    Type::Slice(_) => {
                        if args.len() < 2 {
                            let ts = self.ty_str(t);
                            self.error(e.pos, format!("invalid operation: {} expects 2 or 3 arguments; found 1", expr_string(e)));
                            let _ = ts;
                            return inv;
                        }
                    }
                    Type::Map(..) => {
                        if args.len() > 2 {
                            self.error(e.pos, format!("invalid operation: {} expects 1 or 2 arguments; found {}", expr_string(e), args.len()));
                            return inv;
                        }
                    }
                    Type::Chan(..) => return self.make_chan(e, args).unwrap_or(inv),
                    _ => {
                        let s = expr_string(&args[0]);
                        self.error(args[0].pos, format!("invalid argument: cannot make {s}; type must be slice, map, or channel"));
                        return inv;
                    }
                }
                let mut consts = Vec::new();
                for a in &args[1..] {
                    let mut o = self.expr(a, None);
                    if o.mode == Mode::Invalid {
                        continue;
                    }
                    let bt = self.t().basic_of(o.ty);
                    if !bt.map(|b| b.is_integer()).unwrap_or(false) && !(bt.map(|b| b.is_untyped()).unwrap_or(false) && o.val.as_ref().and_then(|v| v.as_int()).is_some()) {
                        let msg = if o.mode == Mode::Const && bt.is_some_and(|b| b.is_untyped() && b.is_numeric()) {
                            let int = self.basic(Basic::Int);
                            self.misfit_message(a, &o, Misfit::Truncated, int)
                        } else {
                            format!("cannot convert {} to type int", self.operand_string(a, &o))
                        };
                        self.error(a.pos, msg);
                        continue;
                    }
                    if self.t().is_untyped(o.ty) {
                        let int = self.basic(Basic::Int);
                        self.assign_op(&mut o, int, a, "argument to make");
                    }
                    if let Some(v) = o.val.as_ref().and_then(|v| v.as_int()) {
                        if v < 0 {
                            let s = expr_string(a);
                            self.error(a.pos, format!("invalid argument: index {s} (constant of type int) must not be negative"));
                        }
                        consts.push(v);
                    }
                }
                if consts.len() == 2 && consts[0] > consts[1] {
                    self.error(args[1].pos, format!("invalid argument: length and capacity swapped"));
                }
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
            Builtin::Append => {
                if args.is_empty() {
                    self.error(e.pos, format!("not enough arguments for {name}() (expected 1, found 0)"));
                    return inv;
                }
                let so = self.expr(&args[0], None);
                if so.mode == Mode::Invalid {
                    for a in &args[1..] {
                        self.expr(a, None);
                    }
                    return inv;
                }
                let st = if self.t().basic_of(so.ty) == Some(Basic::UntypedNil) {
                    self.error(args[0].pos, "first argument to append must be a typed slice; have untyped nil");
                    return inv;
                } else {
                    so.ty
                };
                let Type::Slice(el) = self.t().under_type(st).clone() else {
                    let s = self.operand_string(&args[0], &so);
                    self.error(args[0].pos, format!("invalid argument: {s} is not a slice"));
                    return inv;
                };
                if ellipsis.is_some() {
                    if args.len() != 2 {
                        self.error(e.pos, "can only use ... with final argument in list");
                        return inv;
                    }
                    let mut o = self.expr(&args[1], None);
                    // append([]byte, string...) is allowed.
                    let is_bytes_str = self.t().basic_of(el).map(|b| b.canonical() == Basic::Uint8).unwrap_or(false)
                        && self.t().basic_of(o.ty).map(|b| b.is_string()).unwrap_or(false);
                    if is_bytes_str {
                        if self.t().is_untyped(o.ty) {
                            let s = self.basic(Basic::String);
                            self.assign_op(&mut o, s, &args[1], "argument to append");
                        }
                    } else {
                        let want = self.info.types.intern(Type::Slice(el));
                        if !matches!(self.t().under_type(o.ty), Type::Slice(e2) if self.t().identical(*e2, el)) {
                            self.assign_op(&mut o, want, &args[1], "argument to append");
                        } else if self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                            self.set_type(&args[1], want, None);
                        }
                    }
                } else {
                    for a in &args[1..] {
                        let mut o = self.expr(a, Some(el));
                        self.single_value(&mut o, a);
                        self.assign_op(&mut o, el, a, "argument to append");
                    }
                }
                Operand { mode: Mode::Value, ty: st, val: None, id: e.id }
            }
            Builtin::Clear => {
                if args.len() != 1 {
                    self.error(e.pos, format!("not enough arguments for {name}() (expected 1, found {})", args.len()));
                    return inv;
                }
                let o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    return inv;
                }
                match self.t().under_type(o.ty) {
                    Type::Slice(_) | Type::Map(..) => {}
                    _ => {
                        let s = self.operand_string(&args[0], &o);
                        self.error(args[0].pos, format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"));
                        return inv;
                    }
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id }
            }
            Builtin::Copy => {
                if args.len() != 2 {
                    self.error(e.pos, format!("not enough arguments for {name}() (expected 2, found {})", args.len()));
                    return inv;
                }
                let d = self.expr(&args[0], None);
                let mut s = self.expr(&args[1], None);
                if d.mode == Mode::Invalid || s.mode == Mode::Invalid {
                    return inv;
                }
                let ok = match (self.t().under_type(d.ty).clone(), self.t().under_type(s.ty).clone()) {
                    (Type::Slice(a), Type::Slice(b)) => self.t().identical(a, b),
                    (Type::Slice(a), Type::Basic(bb)) if bb.is_string() => {
                        if self.t().is_untyped(s.ty) {
                            let st = self.basic(Basic::String);
                            self.assign_op(&mut s, st, &args[1], "argument to copy");
                        }
                        self.t().basic_of(a).map(|b| b.canonical() == Basic::Uint8).unwrap_or(false)
                    }
                    _ => false,
                };
                if !ok {
                    let (ds, ss) = (self.operand_string(&args[0], &d), self.operand_string(&args[1], &s));
                    self.error(e.pos, format!("invalid argument: copy expects slice arguments; found {ds} and {ss}"));
                    return inv;
                }
                let int = self.basic(Basic::Int);
                Operand { mode: Mode::Value, ty: int, val: None, id: e.id }
            }
            _ => inv,
        }
    }
}

impl Checker {
    /// The type new allocates: its operand's, a type or (since Go 1.26) a value the new
    /// variable starts with, an untyped constant taking its default type.
    fn new_operand(&mut self, arg: &Expr) -> TypeId {
        // A type name (or a generic one's instance) is read as a type, for gc's wording.
        let mut base = strip_parens(arg);
        while let ExprKind::Star(x) | ExprKind::Index(x, _) = &base.kind {
            base = strip_parens(x);
        }
        if let ExprKind::Ident(name) = &base.kind {
            if let Some(id) = self.lookup(name).filter(|&id| self.info.objects[id as usize].kind == ObjKind::TypeName) {
                // new's operand is an expression or a type: gc names the generic type as in
                // an expression, without its type parameters.
                if std::ptr::eq(base, strip_parens(arg)) && self.is_generic(id) {
                    self.error(arg.pos, format!("cannot use generic type {name} without instantiation"));
                    return INVALID;
                }
                return self.type_expr(arg);
            }
        }
        let mut op = self.expr(arg, None);
        match op.mode {
            Mode::Invalid => return INVALID,
            Mode::Type => {
                if let Some(msg) = self.misused_constraint(op.ty) {
                    self.error(arg.pos, msg);
                }
                return op.ty;
            }
            Mode::NoValue => {
                self.error(arg.pos, format!("{} (no value) used as value or type", expr_string(arg)));
                return INVALID;
            }
            _ => {}
        }
        self.single_value(&mut op, arg);
        if op.mode == Mode::Invalid {
            return INVALID;
        }
        if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
            self.error(arg.pos, "use of untyped nil in argument to new");
            return INVALID;
        }
        let t = self.default_type(op.ty);
        self.assign_op(&mut op, t, arg, "argument to new");
        if op.mode == Mode::Invalid { INVALID } else { t }
    }

    /// min/max arguments of different types: two typed ones that differ, or untyped
    /// constants of which one is a string and the other not.
    fn minmax_mismatch(&self, a: TypeId, b: TypeId) -> bool {
        let t = self.t();
        match (t.is_untyped(a), t.is_untyped(b)) {
            (false, false) => !t.identical(a, b),
            (true, true) => t.basic_of(a).is_some_and(|x| x.is_string()) != t.basic_of(b).is_some_and(|x| x.is_string()),
            _ => false,
        }
    }
}
