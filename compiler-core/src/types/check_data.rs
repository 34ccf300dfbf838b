//! Checking of composite data: composite literals, indexing, slicing, field selection with
//! embedding, and the built-ins that work on slices and pointers.

use super::*;

/// Where a selected field lives: the path of field indices through embedded structs, and
/// whether each step goes through a pointer.
pub(super) struct FieldPath {
    pub ty: TypeId,
    pub path: Vec<usize>,
    pub via_ptr: bool,
}

impl Checker {
    /// Looks up field `name` in struct type t (or *struct), breadth-first through embedded
    /// fields as Go's promotion rules say. Ambiguity at the shallowest depth finds nothing.
    pub(super) fn find_field(&self, t: TypeId, name: &str) -> Option<FieldPath> {
        let (base, via_ptr) = match self.t().under_type(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, vec![], via_ptr)];
        for _ in 0..8 {
            let mut found: Vec<FieldPath> = Vec::new();
            let mut next = Vec::new();
            for (st, path, vp) in &level {
                let Type::Struct(fields) = self.t().under_type(*st).clone() else { continue };
                for (i, f) in fields.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(i);
                    if f.name == name {
                        found.push(FieldPath { ty: f.ty, path: p.clone(), via_ptr: *vp });
                    }
                    if f.embedded {
                        let (inner, ptr) = match self.t().under_type(f.ty) {
                            Type::Pointer(e) => (*e, true),
                            _ => (f.ty, false),
                        };
                        next.push((inner, p, *vp || ptr));
                    }
                }
            }
            if found.len() == 1 {
                return found.pop();
            }
            if found.len() > 1 || next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// Looks up method `name` of t, directly or promoted through embedded fields: the
    /// method and the path of embedded fields to its receiver.
    pub(super) fn find_method(&self, t: TypeId, name: &str) -> Option<(ObjId, Vec<usize>)> {
        let mut level: Vec<(TypeId, Vec<usize>)> = vec![(t, vec![])];
        for _ in 0..8 {
            let mut found = Vec::new();
            let mut next = Vec::new();
            for (ty, path) in &level {
                let base = match self.t().get(*ty) {
                    Type::Pointer(e) => *e,
                    _ => *ty,
                };
                if let Type::Named(n) = self.t().get(base) {
                    if let Some((_, id)) = self.t().named[*n as usize].methods.iter().find(|(m, _)| m == name) {
                        found.push((*id, path.clone()));
                        continue;
                    }
                }
                if let Type::Struct(fields) = self.t().under_type(base) {
                    for (i, f) in fields.iter().enumerate() {
                        if f.embedded {
                            let mut p = path.clone();
                            p.push(i);
                            next.push((f.ty, p));
                        }
                    }
                }
            }
            if found.len() == 1 {
                return found.pop();
            }
            if found.len() > 1 || next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    pub(super) fn composite_lit(&mut self, e: &Expr, ty: Option<&Expr>, elts: &[Element], rbrace: Pos, hint: Option<TypeId>) -> Operand {
        let inv = Operand::invalid(e.id);
        // The literal's type: written, `[...]T`, or elided inside another literal (a hint,
        // where `*T` elides `&T`).
        let mut dots_elem = None;
        let (t, result) = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: None, dots: true, elem } => {
                    let el = self.type_expr(elem);
                    dots_elem = Some(el);
                    (INVALID, INVALID)
                }
                _ => {
                    let t = self.type_expr(te);
                    (t, t)
                }
            },
            None => match hint {
                Some(h) => match self.t().get(h).clone() {
                    Type::Pointer(b) if ty.is_none() => (b, h),
                    _ => (h, h),
                },
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type");
                    return inv;
                }
            },
        };
        if let Some(el) = dots_elem {
            let n = self.array_elems(elts, el, None);
            let t = self.info.types.intern(Type::Array(n, el));
            return Operand { mode: Mode::Value, ty: t, val: None, id: e.id };
        }
        if t == INVALID {
            for el in elts {
                self.expr(&el.value, None);
            }
            return inv;
        }
        let ts = self.ty_str(t);
        match self.t().under_type(t).clone() {
            Type::Struct(fields) => {
                let keyed = elts.iter().filter(|x| x.key.is_some()).count();
                if keyed > 0 && keyed < elts.len() {
                    self.error(e.pos, "mixture of field:value and value elements in struct literal");
                    for el in elts {
                        self.expr(&el.value, None);
                    }
                    return Operand { mode: Mode::Value, ty: result, val: None, id: e.id };
                }
                if keyed > 0 {
                    let mut seen = Vec::new();
                    for el in elts {
                        let key = el.key.as_ref().map(|k| match &k.kind {
                            ExprKind::Ident(n) => n.to_string(),
                            _ => String::new(),
                        });
                        let name = key.unwrap_or_default();
                        match fields.iter().find(|f| f.name == name) {
                            Some(f) => {
                                if seen.contains(&name) {
                                    self.error(el.key.as_ref().map(|k| k.pos).unwrap_or(e.pos), format!("duplicate field name {name} in struct literal"));
                                }
                                seen.push(name.clone());
                                let mut o = self.expr(&el.value, Some(f.ty));
                                self.single_value(&mut o, &el.value);
                                self.assign_op(&mut o, f.ty, &el.value, "struct literal");
                            }
                            None => {
                                self.error(el.key.as_ref().map(|k| k.pos).unwrap_or(e.pos), format!("unknown field {name} in struct literal of type {ts}"));
                                self.expr(&el.value, None);
                            }
                        }
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        match fields.get(i) {
                            Some(f) => {
                                let mut o = self.expr(&el.value, Some(f.ty));
                                self.single_value(&mut o, &el.value);
                                self.assign_op(&mut o, f.ty, &el.value, "struct literal");
                            }
                            None => {
                                self.error(el.value.pos, format!("too many values in struct literal of type {ts}"));
                                break;
                            }
                        }
                    }
                    if !elts.is_empty() && elts.len() < fields.len() {
                        self.error(rbrace, format!("too few values in struct literal of type {ts}"));
                    }
                }
            }
            Type::Array(n, el) => {
                self.array_elems(elts, el, Some(n));
            }
            Type::Slice(el) => {
                self.array_elems(elts, el, None);
            }
            Type::Map(kt, vt) => {
                for el in elts {
                    match &el.key {
                        Some(k) => {
                            let mut o = self.expr(k, Some(kt));
                            self.single_value(&mut o, k);
                            self.assign_op(&mut o, kt, k, "map literal");
                        }
                        None => self.error(el.value.pos, "missing key in map literal"),
                    }
                    let mut o = self.expr(&el.value, Some(vt));
                    self.single_value(&mut o, &el.value);
                    self.assign_op(&mut o, vt, &el.value, "map literal");
                }
            }
            _ => {
                self.error(e.pos, format!("invalid composite literal type {ts}"));
                return inv;
            }
        }
        Operand { mode: Mode::Value, ty: result, val: None, id: e.id }
    }

    /// Checks array or slice literal elements; returns the length they need.
    fn array_elems(&mut self, elts: &[Element], el: TypeId, len: Option<u64>) -> u64 {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        for x in elts {
            if let Some(k) = &x.key {
                let o = self.expr(k, None);
                match o.val.as_ref().and_then(|v| v.as_int()) {
                    // An index is an int: gc reports the constant's overflow.
                    Some(v) if v > i128::from(i64::MAX) => {
                        let s = self.operand_string(k, &o);
                        self.error(k.pos, format!("{s} overflows int"));
                    }
                    Some(v) if v >= 0 => {
                        let int = self.basic(Basic::Int);
                        self.set_type(k, int, Some(Const::int(v)));
                        idx = v as u64;
                    }
                    _ => {
                        if o.mode != Mode::Invalid {
                            let s = expr_string(k);
                            self.error(k.pos, format!("index {s} must be integer constant"));
                        }
                    }
                }
            }
            if let Some(n) = len {
                if idx >= n {
                    self.error(x.value.pos, format!("index {idx} out of bounds [0:{n}]"));
                }
            }
            let mut o = self.expr(&x.value, Some(el));
            self.single_value(&mut o, &x.value);
            self.assign_op(&mut o, el, &x.value, "array or slice literal");
            idx += 1;
            max = max.max(idx);
        }
        max
    }

    /// Checks an index operand; `length` bounds constant indices.
    pub(super) fn index_value(&mut self, i: &Expr, length: Option<u64>) -> bool {
        let mut o = self.expr(i, None);
        self.single_value(&mut o, i);
        if o.mode == Mode::Invalid {
            return false;
        }
        let b = self.t().basic_of(o.ty);
        let is_int = b.map(|b| b.is_integer()).unwrap_or(false) || (o.val.as_ref().and_then(|v| v.as_int()).is_some() && b.map(|b| b.is_untyped()).unwrap_or(false));
        if !is_int {
            let s = self.operand_string(i, &o);
            self.error(i.pos, format!("invalid argument: index {s} must be integer"));
            return false;
        }
        if self.t().is_untyped(o.ty) {
            let int = self.basic(Basic::Int);
            self.assign_op(&mut o, int, i, "index");
        }
        if let Some(v) = o.val.as_ref().and_then(|v| v.as_int()) {
            let s = expr_string(i);
            if v < 0 {
                let ts = self.ty_str(o.ty);
                self.error(i.pos, format!("invalid argument: index {s} (constant of type {ts}) must not be negative"));
                return false;
            }
            if let Some(n) = length {
                if v as u64 >= n {
                    self.error(i.pos, format!("invalid argument: index {s} out of bounds [0:{n}]"));
                    return false;
                }
            }
        }
        true
    }

    pub(super) fn index_expr(&mut self, e: &Expr, x: &Expr, idx: &[Expr], multi: bool) -> Operand {
        let inv = Operand::invalid(e.id);
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid || idx.len() != 1 {
            for i in idx {
                self.expr(i, None);
            }
            if xo.mode != Mode::Invalid {
                self.error(e.pos, "generic instantiation is not supported yet");
            }
            return inv;
        }
        let (elem, mode, length) = match self.t().under_type(xo.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                let n = match &xo.val {
                    Some(Const::String(s)) => Some(crate::types::constant::string_bytes(s).len() as u64),
                    _ => None,
                };
                if self.t().is_untyped(xo.ty) {
                    let st = self.basic(Basic::String);
                    self.set_type(x, st, xo.val.clone());
                }
                (self.basic(Basic::Byte), Mode::Value, n)
            }
            Type::Array(n, el) => (el, if xo.mode == Mode::Var { Mode::Var } else { Mode::Value }, Some(n)),
            Type::Pointer(p) => match self.t().under_type(p).clone() {
                Type::Array(n, el) => (el, Mode::Var, Some(n)),
                _ => {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("invalid operation: cannot index {s}"));
                    return inv;
                }
            },
            Type::Slice(el) => (el, Mode::Var, None),
            Type::Map(kt, vt) => {
                let mut o = self.expr(&idx[0], Some(kt));
                self.single_value(&mut o, &idx[0]);
                self.assign_op(&mut o, kt, &idx[0], "map index");
                // Comma-ok: the lowering sees the two-variable context (tuple_types gives elem, bool).
                let mode = if multi { Mode::CommaOk } else { Mode::Value };
                return Operand { mode, ty: vt, val: None, id: e.id };
            }
            _ => {
                let s = self.operand_string(x, &xo);
                self.error(e.pos, format!("invalid operation: cannot index {s}"));
                return inv;
            }
        };
        if !self.index_value(&idx[0], length) {
            return Operand { mode, ty: elem, val: None, id: e.id };
        }
        Operand { mode, ty: elem, val: None, id: e.id }
    }

    pub(super) fn slice_expr(&mut self, e: &Expr, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>) -> Operand {
        let inv = Operand::invalid(e.id);
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid {
            return inv;
        }
        let (result, length) = match self.t().under_type(xo.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if max.is_some() {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("invalid operation: 3-index slice of string {s}"));
                    return inv;
                }
                let n = match &xo.val {
                    Some(Const::String(s)) => Some(crate::types::constant::string_bytes(s).len() as u64),
                    _ => None,
                };
                let t = if self.t().is_untyped(xo.ty) {
                    let st = self.basic(Basic::String);
                    self.set_type(x, st, xo.val.clone());
                    st
                } else {
                    xo.ty
                };
                (t, n)
            }
            Type::Array(n, el) => {
                if xo.mode != Mode::Var {
                    let s = expr_string(x);
                    self.error(e.pos, format!("invalid operation: {s} (slice of unaddressable value)"));
                    return inv;
                }
                (self.info.types.intern(Type::Slice(el)), Some(n))
            }
            Type::Pointer(p) => match self.t().under_type(p).clone() {
                Type::Array(n, el) => (self.info.types.intern(Type::Slice(el)), Some(n)),
                _ => {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("cannot slice {s}"));
                    return inv;
                }
            },
            Type::Slice(_) => (xo.ty, None),
            _ => {
                let s = self.operand_string(x, &xo);
                self.error(e.pos, format!("cannot slice {s}"));
                return inv;
            }
        };
        let mut consts = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            let n = length.map(|n| n + 1);
            if self.index_value(i, n) {
                if let Some(v) = self.info.const_value(i).and_then(|v| v.as_int()) {
                    consts.push(v);
                }
            }
        }
        for w in consts.windows(2) {
            if w[0] > w[1] {
                self.error(e.pos, format!("invalid slice indices: {} < {}", w[1], w[0]));
                break;
            }
        }
        Operand { mode: Mode::Value, ty: result, val: None, id: e.id }
    }

    /// Key and value types of `range x` over a string, array, pointer to array or slice.
    pub(super) fn range_data(&mut self, x: &Expr, ty: TypeId) -> Option<(TypeId, TypeId)> {
        let int = self.basic(Basic::Int);
        match self.t().under_type(ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if self.t().is_untyped(ty) {
                    let st = self.basic(Basic::String);
                    let v = self.info.const_value(x).cloned();
                    self.set_type(x, st, v);
                }
                Some((int, self.basic(Basic::Rune)))
            }
            Type::Array(_, el) | Type::Slice(el) => Some((int, el)),
            Type::Map(k, v) => Some((k, v)),
            Type::Pointer(p) => match self.t().under_type(p).clone() {
                Type::Array(_, el) => Some((int, el)),
                _ => None,
            },
            _ => None,
        }
    }

    /// len and cap of arrays, pointers to arrays and slices (strings are handled by the caller).
    pub(super) fn len_cap(&mut self, e: &Expr, b: Builtin, arg: &Expr, o: &Operand) -> Option<Operand> {
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

    pub(super) fn builtin_data(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
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
                    self.error(e.pos, format!("not enough arguments for {name}() (expected 1, found {})", args.len()));
                    return inv;
                }
                let t = self.type_expr(&args[0]);
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
                    Type::Chan(..) => {
                        self.error(e.pos, "channels are not supported yet");
                        return inv;
                    }
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
                        let s = self.operand_string(a, &o);
                        self.error(a.pos, format!("cannot convert {s} to type int"));
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
                        self.error(args[0].pos, format!("invalid argument: {s} must be a map or slice"));
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

    /// Conversions between strings and byte or rune slices, and from slices to arrays.
    pub(super) fn convertible_data(&self, from: TypeId, to: TypeId) -> bool {
        let t = self.t();
        let bytes_or_runes = |s: TypeId| match t.under_type(s) {
            Type::Slice(e) => matches!(t.basic_of(*e).map(|b| b.canonical()), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        let is_str = |s: TypeId| t.basic_of(s).map(|b| b.is_string()).unwrap_or(false);
        if (is_str(from) && bytes_or_runes(to)) || (bytes_or_runes(from) && is_str(to)) {
            return true;
        }
        if let Type::Slice(e) = t.under_type(from) {
            match t.under_type(to) {
                Type::Array(_, e2) => return t.identical(*e, *e2),
                Type::Pointer(p) => {
                    if let Type::Array(_, e2) = t.under_type(*p) {
                        return t.identical(*e, *e2);
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Whether values of type t can be compared with ==.
    pub(super) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, d: u32) -> bool {
        if d > 32 {
            return true;
        }
        match self.t().under_type(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.ty, d + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, d + 1),
            _ => true,
        }
    }
}
