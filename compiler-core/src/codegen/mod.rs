//! Stage 4: IR → Wasm bytes with wasm-encoder. Only what the exports reach is emitted
//! (dead-code elimination over functions, imports, globals and data), so a program that never
//! prints carries no printing runtime.
//!
//! Dead-code elimination is the second of two passes: the lowering already lowered only the
//! functions lowered code refers to, and left out code the program's types make unreachable
//! (`ir/lower/iface.rs`). `Live` then walks from the exports over calls, table entries,
//! globals and data relocations (`Module::relocs`: descriptors and method tables point at
//! each other and at functions), and only what it reaches gets an index. A method table's
//! entry keeps its function live only once some live code calls its method id dynamically
//! (gc's linker does the same): its id stays, so assertions and `implements` still see the
//! method, but a method no interface call names costs nothing. Data goes into one
//! segment at [`DATA_BASE`], relocations patched, segments of zeros last and the trailing
//! zeros not emitted, panic-site records sharing their file names (`data.rs`); types are
//! deduplicated; the `gowasm`
//! custom section is added, and on request (`Options::names`) Wasm's `name` section with
//! every function's Go name. Codegen drops the heap, shadow stack and collector of a program
//! that never reaches `runtime.mallocgc`. A global that live code only writes is dead (its
//! writes left out), and a function left with nothing to do is neither emitted nor called
//! (`runtime.init` of a program whose runtime variables are never read); one that only
//! passes its parameters to another of its signature takes that one's index. Parameters
//! that a function only direct calls reach never writes and only passes on where they are
//! left out are left out of its signature and its calls (`Live::dropped`).
//!
//! Instruction-level peepholes: `local.set` + `local.get` → `local.tee` (→ nothing when
//! that is the local's only read), `if c { br l }` →
//! `br_if`, blocks and loops that nothing branches to emitted as their bodies, a final
//! `return` (and the `unreachable` after the body) left out, addresses made of constants
//! (data, heap base) folded into one `i32.const` or a memarg offset, and frame resets left
//! out where sp is already at the frame's end (`Cx::sp_kept`: calls of functions that keep sp
//! and jumps that arrive with it kept do not count, `frames.rs`); a body's leading writes of
//! zero to locals not yet written left out (locals start at zero), and a static object's
//! zeroing that the next store overwrites whole; a 4- or 8-byte zeroing is one store; a swap
//! of two memory cells keeps its first load on the stack (`swap.rs`). Frame
//! entries and root pushes call two shared functions (`frames.rs`), and so do bounds and nil
//! checks outside tight loops (`checks.rs`); an unwinding check right before a trap leaves
//! unconditionally.
//!
//! The step budget (`Options::step_budget`): the lowering puts a `Stmt::Tick` at every loop
//! back-edge and function entry of non-runtime code, and the export wrappers (and `_start`)
//! reset the budget global to N. A tick decrements the global and, when it runs out, calls
//! `runtime.budgetExceeded`, which prints `fatal error: step budget exceeded` and exits with
//! status 2, so the page can stop runaway code without killing its own thread. Without the
//! option no counting code is emitted.
//!
//! Architecture Invariant: codegen depends on ir (and gowasm-meta for the custom section),
//! never on syntax or types (it imports only `crate::ir`).

use std::borrow::Cow;

use wasm_encoder::{
    CodeSection, ConstExpr, CustomSection, DataSection, ElementSection, Elements, Encode, EntityType, ExportKind, ExportSection, FunctionSection,
    GlobalSection, GlobalType, ImportSection, MemorySection, MemoryType, NameMap, NameSection, RefType, TableSection, TableType, TypeSection,
    ValType as W,
};

use crate::fx::HashMap;
use crate::ir::{BinOp, Conv, Expr, FuncRef, Label, Mem, Module, Reloc, Stmt, Stmt as S, ValType};

mod checks;
mod data;
mod frames;
mod ins;
mod live;
mod locals;
mod memo;
mod nonnil;
mod ops;
mod swap;
mod verify;

use ins::{encode, sleb, uleb, BlockType, Instruction as I, MemArg};
use ops::{binop, conv, store_ins, unop};
use live::{empty, Live};
use memo::{Encoded, Sym};
pub use memo::Memo;

/// Where data segments start; below it: a null guard and the runtime's scratch space (the
/// float formatter's decimals end at 2608). Addresses below 8192 keep `i32.const` at 2 bytes.
pub const DATA_BASE: u32 = 4096;

/// Bytes of the shadow stack (global root slots first) right after the data; keep equal to
/// `shadowStackSize` in runtime/malloc.go.
pub const SHADOW_STACK_SIZE: u32 = 1 << 20;

/// Encodes `m` with the `gowasm` custom section `meta`, and the `name` section if `names`;
/// fails, saying why, on a function larger than engines accept or on operands of the wrong
/// type (`verify.rs`, checked in live functions). With a `memo`, bodies
/// encoded by earlier calls are taken from it (`memo.rs`), and the new entries take their
/// functions' bodies out of `module`.
pub fn emit(module: &mut Module, meta: &[u8], names: bool, memo: Option<&Memo>) -> Result<Vec<u8>, String> {
    let mut guard = memo.map(Memo::lock);
    let mut own = memo::Store::default();
    let keep = guard.is_some();
    let mut bodies = memo::Bodies::new(module, guard.as_deref_mut().unwrap_or(&mut own), keep);
    let wasm = encode_module(module, meta, names, &mut bodies)?;
    bodies.finish(module);
    Ok(wasm)
}

fn encode_module(m: &Module, meta: &[u8], names: bool, bodies: &mut memo::Bodies) -> Result<Vec<u8>, String> {
    if cfg!(not(target_arch = "wasm32")) {
        bodies.prefetch(m, m.threads);
    }
    let live = Live::compute(m, bodies);
    // Indices of what is emitted, by IR index (`None`: dead).
    fn number(live: &[bool], next: &mut u32) -> Vec<Option<u32>> {
        live.iter()
            .map(|&l| {
                let i = *next;
                *next += l as u32;
                l.then_some(i)
            })
            .collect()
    }
    let mut next = 0;
    let import_idx = number(&live.imports, &mut next);
    let mut func_idx = number(&live.funcs, &mut next);
    for &(f, g) in &live.same {
        func_idx[f as usize] = func_idx[g as usize];
    }
    let (mut frames_n, mut pushes, mut checks_n, mut flag) = (0, 0, [0; 3], false);
    let sums = || (0..m.funcs.len()).map(|i| bodies.get(i).filter(|_| live.funcs[i]));
    for (i, s) in sums().enumerate().filter_map(|(i, s)| Some((i, s?))) {
        frames_n += s.frames;
        pushes += s.pushes;
        checks_n.iter_mut().zip(s.checks).for_each(|(n, c)| *n += c);
        let nn = live.nonnil.get(i).copied().unwrap_or(0);
        checks_n[checks::Kind::Nil as usize] -= s.counted.iter().filter(|p| nn >> **p & 1 != 0).count();
        flag |= s.flag;
    }
    let shared = if live.heap && m.sp_global.is_some() { frames::Shared::plan(frames_n, pushes, &mut next) } else { frames::Shared::default() };
    let checks = checks::Shared::plan(checks_n, flag, &mut next);
    let dropped: &[u64] = {
        let flag: &[ValType] = if checks.flag && m.checks.unwinding.is_some_and(|g| live.globals[g as usize]) { &[ValType::I32] } else { &[] };
        let imports = m.imports.iter().zip(&live.imports).filter(|(_, l)| **l).map(|(imp, _)| (&imp.params[..], &imp.results[..]));
        let enter = shared.enter.map(|_| (&[ValType::I32][..], &[ValType::I32][..]));
        let push = shared.push.map(|_| (&[ValType::I32][..], &[][..]));
        let fixed: Vec<_> = imports.chain(enter).chain(push).chain(checks.planned().map(|(_, p, _)| (p, flag))).collect();
        if live.drops_pay(m, bodies, &fixed) {
            &live.dropped
        } else {
            &[]
        }
    };
    let global_idx = number(&live.globals, &mut 0);
    let (data_addr, mut blob) = data::layout(m, &live.data);
    let heap_base = (DATA_BASE + blob.len() as u32).next_multiple_of(8);
    let table_idx: HashMap<FuncRef, u32> = live.table.iter().enumerate().map(|(i, f)| (*f, i as u32)).collect();
    for (seg, off, r) in &m.relocs {
        let Some(Some(base)) = data_addr.get(*seg as usize).copied() else { continue };
        let v = match r {
            Reloc::Data(x) => data_addr.get(*x as usize).copied().flatten().unwrap_or(0),
            Reloc::Func(f) => table_idx.get(f).copied().unwrap_or(0),
        };
        let at = (base - DATA_BASE + off) as usize;
        if let Some(w) = blob.get_mut(at..at + 4) {
            w.copy_from_slice(&v.to_le_bytes());
        }
    }

    let mut types = TypeSection::new();
    // Signatures in type index order: few, so a search beats hashing a new key per function.
    let mut type_ids: Vec<(Vec<ValType>, Vec<ValType>)> = Vec::new();
    let mut type_of = |p: &[ValType], r: &[ValType], types: &mut TypeSection| -> u32 {
        if let Some(t) = type_ids.iter().position(|(tp, tr)| tp == p && tr == r) {
            return t as u32;
        }
        types.ty().function(p.iter().map(|v| w(*v)), r.iter().map(|v| w(*v)));
        type_ids.push((p.to_vec(), r.to_vec()));
        type_ids.len() as u32 - 1
    };

    let mut imports = ImportSection::new();
    for (i, imp) in m.imports.iter().enumerate() {
        if live.imports[i] {
            let t = type_of(&imp.params, &imp.results, &mut types);
            imports.import(&imp.module, &imp.name, EntityType::Function(t));
        }
    }
    let mut functions = FunctionSection::new();
    let mut codes = CodeSection::new();
    // Signatures of indirect calls need type indices before the code is encoded.
    let mut indirect_types: HashMap<(Vec<ValType>, Vec<ValType>), u32> = HashMap::default();
    for sig in &live.indirect {
        let t = type_of(&sig.0, &sig.1, &mut types);
        indirect_types.insert(sig.clone(), t);
    }
    let refs = Refs {
        heap: live.heap,
        data_end: heap_base,
        import_idx: &import_idx,
        func_idx: &func_idx,
        global_idx: &global_idx,
        data_addr: &data_addr,
        m,
        heap_base,
        table_idx: &table_idx,
        indirect_types: &indirect_types,
        shared,
        checks,
        dropped,
        moves_sp: if live.heap { frames::moves_sp(&sums().map(|s| s.map(|s| &s.scan)).collect::<Vec<_>>()) } else { Vec::new() },
    };
    let facts = memo::EmitFacts {
        heap: live.heap,
        enter: shared.enter.is_some(),
        push: shared.push.is_some(),
        checks: [checks::Kind::Index, checks::Kind::Slice, checks::Kind::Nil].map(|k| checks.func(k).is_some()),
        flag: checks.flag,
    };
    // Types in function order first; then the bodies, on `m.threads` workers (`par.rs`),
    // taken in function order.
    let mut order = Vec::new();
    for (i, f) in m.funcs.iter().enumerate() {
        if live.funcs[i] {
            let params = match dropped.get(i) {
                Some(&d) if d != 0 => Cow::Owned(live::kept(&f.params, d)),
                _ => Cow::Borrowed(&f.params[..]),
            };
            functions.function(type_of(&params, &f.results, &mut types));
            if bodies.get(i).is_some() {
                order.push(i);
            }
        }
    }
    let shared_bodies = &*bodies;
    let done = crate::par::map(order.len(), m.threads, Scratch::default, |s, n| encode_body(order[n], shared_bodies, &refs, &live, facts, s));
    for (&i, body) in order.iter().zip(done) {
        let body = body?;
        codes.raw(&body.code);
        if let Some(reads) = body.verified {
            bodies.set_verified(i, reads);
        }
        if let Some((relocs, moves, drops)) = body.memo {
            let (nonnil, dropped) = (live.nonnil.get(i).copied().unwrap_or(0), refs.dropped(i as u32));
            bodies.set_encoded(i, Encoded { bytes: body.code, relocs, facts, moves, nonnil, dropped, drops });
        }
    }
    let sp = m.sp_global.and_then(|g| global_idx.get(g as usize).copied().flatten()).unwrap_or(0);
    if shared.enter.is_some() {
        let overflow = m.stack_overflow.and_then(|f| refs.func(f));
        functions.function(type_of(&[ValType::I32], &[ValType::I32], &mut types));
        codes.function(&frames::enter_body(sp, (refs.data_end + SHADOW_STACK_SIZE) as i32, overflow));
    }
    if shared.push.is_some() {
        functions.function(type_of(&[ValType::I32], &[], &mut types));
        codes.function(&frames::push_body(sp));
    }
    for (kind, params, _) in checks.planned() {
        let panic = match kind {
            checks::Kind::Index => m.checks.panic_index,
            checks::Kind::Slice => m.checks.panic_slice,
            checks::Kind::Nil => m.checks.panic_nil,
        };
        let flag = m.checks.unwinding.filter(|_| checks.flag).and_then(|g| global_idx.get(g as usize).copied().flatten());
        functions.function(type_of(params, if flag.is_some() { &[ValType::I32] } else { &[] }, &mut types));
        codes.function(&checks::body(kind, panic.and_then(|f| refs.func(f)).unwrap_or(0), flag));
    }
    let mut memory = MemorySection::new();
    let mut end = u64::from(DATA_BASE) + blob.len() as u64;
    if live.heap {
        end = u64::from(refs.data_end + SHADOW_STACK_SIZE);
    }
    let pages = end.div_ceil(65536).max(1);
    memory.memory(MemoryType { minimum: pages, maximum: None, memory64: false, shared: false, page_size_log2: None });
    let mut globals = GlobalSection::new();
    for (i, g) in m.globals.iter().enumerate() {
        if live.globals[i] {
            let init = match g.ty {
                ValType::I32 => ConstExpr::i32_const(0),
                ValType::I64 => ConstExpr::i64_const(0),
                ValType::F32 => ConstExpr::f32_const(0.0.into()),
                ValType::F64 => ConstExpr::f64_const(0.0.into()),
            };
            globals.global(GlobalType { val_type: w(g.ty), mutable: true, shared: false }, &init);
        }
    }
    let mut tables = TableSection::new();
    let mut elements = ElementSection::new();
    // An indirect call needs a table even when nothing is in it (a method call on a value
    // whose type has no methods table entries, which only a nil interface reaches).
    if !live.table.is_empty() || !live.indirect.is_empty() {
        let n = live.table.len() as u64;
        tables.table(TableType { element_type: RefType::FUNCREF, minimum: n, maximum: Some(n), table64: false, shared: false });
        if n > 0 {
            let idxs: Vec<u32> = live.table.iter().map(|f| refs.func(*f).unwrap_or(0)).collect();
            elements.active(None, &ConstExpr::i32_const(0), Elements::Functions(Cow::Owned(idxs)));
        }
    }
    let mut exports = ExportSection::new();
    exports.export("memory", ExportKind::Memory, 0);
    for (name, f) in &m.exports {
        if let Some(idx) = refs.func(*f) {
            exports.export(name, ExportKind::Func, idx);
        }
    }
    let mut data = DataSection::new();
    blob.truncate(blob.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1));
    if !blob.is_empty() {
        data.active(0, &ConstExpr::i32_const(DATA_BASE as i32), blob.iter().copied());
    }

    let mut module = wasm_encoder::Module::new();
    module.section(&types);
    if !imports.is_empty() {
        module.section(&imports);
    }
    module.section(&functions);
    if !tables.is_empty() {
        module.section(&tables);
    }
    module.section(&memory);
    if !globals.is_empty() {
        module.section(&globals);
    }
    module.section(&exports);
    if !elements.is_empty() {
        module.section(&elements);
    }
    module.section(&codes);
    if !data.is_empty() {
        module.section(&data);
    }
    module.section(&CustomSection { name: Cow::Borrowed(gowasm_meta::SECTION_NAME), data: Cow::Borrowed(meta) });
    if names {
        let mut map = NameMap::new();
        for (imp, idx) in m.imports.iter().zip(&import_idx) {
            if let Some(idx) = *idx {
                map.append(idx, &format!("{}.{}", imp.module, imp.name));
            }
        }
        for (f, idx) in m.funcs.iter().zip(&func_idx).zip(&live.funcs).filter(|(_, l)| **l).map(|(f, _)| f) {
            if let Some(idx) = *idx {
                map.append(idx, &f.name);
            }
        }
        for (idx, name) in [(shared.enter, "gowasm.enterFrame"), (shared.push, "gowasm.pushRoot")] {
            if let Some(idx) = idx {
                map.append(idx, name);
            }
        }
        for (kind, _, name) in checks.planned() {
            if let Some(idx) = checks.func(kind) {
                map.append(idx, name);
            }
        }
        let mut section = NameSection::new();
        section.functions(&map);
        module.section(&section);
    }
    Ok(module.finish())
}

fn w(v: ValType) -> W {
    match v {
        ValType::I32 => W::I32,
        ValType::I64 => W::I64,
        ValType::F32 => W::F32,
        ValType::F64 => W::F64,
    }
}

/// A worker's buffers, reused from function to function.
#[derive(Default)]
struct Scratch {
    code: Vec<u8>,
    targets: Vec<bool>,
    labels: Vec<Option<Label>>,
    renumbering: locals::Renumbering,
    relocs: Vec<(u32, Sym)>,
}

/// One function's code, and what the memo keeps of it: the operand types its passed check
/// read, its relocations and `moves` (`Encoded`).
struct Encoding {
    code: Vec<u8>,
    verified: Option<Vec<ValType>>,
    memo: Option<MemoParts>,
}

/// What a body's memo entry keeps besides its bytes: the symbolic immediates, and its
/// callees' `moves_sp` and left-out parameters (`Encoded`).
type MemoParts = (Vec<(u32, Sym)>, Vec<bool>, Vec<u64>);

/// Checks and encodes function `i` (whose walks `bodies` has), or takes its memoized code.
fn encode_body(i: usize, bodies: &memo::Bodies, refs: &Refs, live: &Live, facts: memo::EmitFacts, s: &mut Scratch) -> Result<Encoding, String> {
    let (m, f) = (refs.m, &refs.m.funcs[i]);
    let Some(sum) = bodies.get(i) else { return Ok(Encoding { code: Vec::new(), verified: None, memo: None }) };
    let mut verified = None;
    if !bodies.verified(i).is_some_and(|v| v.iter().copied().eq(verify::reads(m, sum))) {
        if let Some(what) = verify::operand_mismatch(m, i) {
            return Err(format!("internal compiler error: invalid code for {what}"));
        }
        if bodies.keep() {
            verified = Some(verify::reads(m, sum).collect());
        }
    }
    let same_moves = |e: &Encoded| e.moves.len() == sum.scan.callees.len() && e.moves.iter().zip(&sum.scan.callees).all(|(m, c)| *m == refs.moves(*c));
    let same_drops = |e: &Encoded| e.drops.len() == sum.scan.callees.len() && e.drops.iter().zip(&sum.scan.callees).all(|(d, c)| *d == refs.dropped(*c));
    let (nonnil, dropped) = (live.nonnil.get(i).copied().unwrap_or(0), refs.dropped(i as u32));
    if let Some(e) = bodies.encoded(i).filter(|e| e.facts == facts && e.nonnil == nonnil && e.dropped == dropped && same_moves(e) && same_drops(e)) {
        let mut code = Vec::with_capacity(e.bytes.len());
        if resolve(e, refs, &mut code) {
            return Ok(Encoding { code, verified, memo: None });
        }
    }
    let Scratch { code, targets, labels, renumbering, relocs } = s;
    let resumable = sum.resumable;
    // Size peepholes, on a copy: only bodies encoded anew pay for them, and the memo keys
    // on the body as the passes left it. They change no call, check, frame or label, so
    // the walks' results hold for the copy.
    let shrunk = crate::ir::shrink::shrunk(f, sum.hints);
    let f = shrunk.as_ref().unwrap_or(f);
    // Locals: the referenced ones, in runs of one type.
    let n = renumbering.of(f, dropped);
    if n > locals::MAX_LOCALS {
        return Err(format!("function {} has {n} locals, more than WebAssembly engines accept ({})", f.name, locals::MAX_LOCALS));
    }
    targets.clear();
    let (lo, hi) = live.targets[i];
    for &l in &live.target_labels[lo as usize..hi as usize] {
        if targets.len() <= l as usize {
            targets.resize(l as usize + 1, false);
        }
        targets[l as usize] = true;
    }
    // A function that resets its frame three times or more keeps the frame's end in a
    // local of its own (`frame_end`).
    let mut frame_end = None;
    let mut opaque;
    loop {
        code.clear();
        relocs.clear();
        let mut runs: Vec<(u32, W)> = Vec::new();
        for v in renumbering.kept().map(|l| f.locals[l - f.params.len()]).chain(frame_end.map(|_| ValType::I32)) {
            match runs.last_mut() {
                Some((n, last)) if *last == w(v) => *n += 1,
                _ => runs.push((1, w(v))),
            }
        }
        runs.len().encode(code);
        for (n, t) in runs {
            n.encode(code);
            t.encode(code);
        }
        labels.clear();
        let record = bodies.keep().then_some(&mut *relocs);
        let mut cx = Cx { code: &mut *code, labels: &mut *labels, refs, pending_set: None, targets, locals: &renumbering.map, reads: &renumbering.reads, sp_kept: false, frame_end, resets: 0, tight: false, relocs: record, opaque: false, nonnil, fresh: u64::MAX.checked_shl(f.params.len() as u32).unwrap_or(0), body: &f.body };
        // A final `return` is the function's end, which needs nothing after it.
        let (last, init) = match f.body.split_last() {
            Some((S::Return(es), init)) => (Some(es), init),
            _ => (None, &f.body[..]),
        };
        cx.stmts(init);
        if let Some(es) = last {
            es.iter().for_each(|e| cx.expr(e));
        }
        cx.flush();
        let resets = cx.resets;
        opaque = cx.opaque;
        if !f.results.is_empty() && last.is_none() {
            encode(&I::Unreachable, code);
        }
        encode(&I::End, code);
        if frame_end.is_some() || resets < frames::FRAME_END_FROM || n >= locals::MAX_LOCALS || resumable {
            break;
        }
        frame_end = Some(n as u32);
    }
    let memo = (bodies.keep() && !opaque).then(|| {
        let callees = &sum.scan.callees;
        (std::mem::take(relocs), callees.iter().map(|c| refs.moves(*c)).collect(), callees.iter().map(|c| refs.dropped(*c)).collect())
    });
    Ok(Encoding { code: code.clone(), verified, memo })
}

struct Visit {
    calls: Vec<FuncRef>,
    addrs: Vec<FuncRef>,
    indirect: Vec<(Vec<ValType>, Vec<ValType>)>,
    globals: Vec<u32>,
    data: Vec<u32>,
    tick: bool,
    /// Labels of `br` and `br_table`.
    targets: Vec<Label>,
    /// `runtime.ifaceMethod`, and the constant method ids passed to it.
    dyn_method: Option<FuncRef>,
    ids: Vec<u32>,
    /// The size peepholes' patterns met (`ir/shrink.rs`).
    hints: crate::ir::shrink::Hints,
    /// Nil checks of the parameters `unwritten` (bits), kept apart (`nonnil.rs`).
    panic_nil: Option<FuncRef>,
    unwritten: u64,
    sites: Vec<nonnil::Site>,
}

impl Visit {
    fn new(m: &Module, unwritten: u64) -> Visit {
        Visit { dyn_method: m.dyn_method, panic_nil: m.checks.panic_nil, unwritten, ..Visit::new_empty() }
    }

    fn new_empty() -> Visit {
        Visit {
            calls: Vec::new(),
            addrs: Vec::new(),
            indirect: Vec::new(),
            globals: Vec::new(),
            data: Vec::new(),
            tick: false,
            targets: Vec::new(),
            dyn_method: None,
            ids: Vec::new(),
            hints: Default::default(),
            panic_nil: None,
            unwritten: 0,
            sites: Vec::new(),
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.hints.stmt(s);
            if let Some((param, arm)) = nonnil::param_site(s, self.panic_nil, self.unwritten) {
                // (The arm calls the panic with the site's record and line.)
                let mut v = Visit { dyn_method: self.dyn_method, panic_nil: None, ..Visit::new_empty() };
                v.stmts(arm);
                self.sites.push(nonnil::Site { param, calls: v.calls, data: v.data, globals: v.globals });
                continue;
            }
            match s {
                Stmt::Set(_, e) | Stmt::SetMulti(_, e) | Stmt::Drop(e, _) => self.expr(e),
                // A global only written is dead: its writes are left out.
                Stmt::SetGlobal(_, e) => self.expr(e),
                Stmt::Store(_, a, b) => {
                    self.expr(a);
                    self.expr(b);
                }
                Stmt::MemCopy(abc) | Stmt::MemFill(abc) => abc.iter().for_each(|x| self.expr(x)),
                Stmt::If(c, a, b) => {
                    self.expr(c);
                    self.stmts(a);
                    self.stmts(b);
                }
                Stmt::Block(_, b) | Stmt::Loop(_, b) => self.stmts(b),
                Stmt::Return(es) => es.iter().for_each(|e| self.expr(e)),
                Stmt::Tick => self.tick = true,
                Stmt::GlobalRoot { value, .. } | Stmt::PushRoot(value) => self.expr(value),
                Stmt::Br(l) => self.targets.push(*l),
                Stmt::Unreachable
                | Stmt::Frame { .. }
                | Stmt::FrameReset { .. }
                | Stmt::FramePop(_)
                | Stmt::Root { .. }
                | Stmt::StackInit
                | Stmt::Line(_) => {}
                Stmt::BrTable(ls, d, e) => {
                    self.targets.extend(ls);
                    self.targets.push(*d);
                    self.expr(e);
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Global(g) => self.globals.push(*g),
            Expr::Data(d) => self.data.push(*d),
            Expr::Un(_, _, x) | Expr::Conv(_, x) | Expr::MemoryGrow(x) => self.expr(x),
            Expr::Load(_, x) => {
                self.hints.load(x);
                self.expr(x);
            }
            Expr::FuncAddr(f) => self.addrs.push(*f),
            Expr::CallIndirect { sig, callee, args } => {
                self.indirect.push((sig.params.clone(), sig.results.clone()));
                self.expr(callee);
                args.iter().for_each(|a| self.expr(a));
            }
            Expr::Bin(_, _, ab) => ab.iter().for_each(|x| self.expr(x)),
            Expr::Call(f, args) => {
                self.calls.push(*f);
                if Some(*f) == self.dyn_method {
                    if let Some(Expr::I32(id)) = args.get(1) {
                        self.ids.push(*id as u32);
                    }
                }
                args.iter().for_each(|a| self.expr(a));
            }
            Expr::Select(a, b, c) | Expr::If(_, c, a, b) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
            }
            Expr::Seq(ss, x) => {
                self.stmts(ss);
                self.expr(x);
            }
            _ => {}
        }
    }
}

struct Refs<'a> {
    heap: bool,
    import_idx: &'a [Option<u32>],
    func_idx: &'a [Option<u32>],
    global_idx: &'a [Option<u32>],
    data_addr: &'a [Option<u32>],
    data_end: u32,
    m: &'a Module,
    heap_base: u32,
    table_idx: &'a HashMap<FuncRef, u32>,
    indirect_types: &'a HashMap<(Vec<ValType>, Vec<ValType>), u32>,
    /// Frame entry and root pushes, when shared (`frames.rs`).
    shared: frames::Shared,
    /// Bounds and nil checks, when shared (`checks.rs`).
    checks: checks::Shared,
    /// By function: a call of it may move sp (`frames::moves_sp`).
    moves_sp: Vec<bool>,
    /// By function, the parameters left out (`Live::dropped`).
    dropped: &'a [u64],
}

impl Refs<'_> {
    /// A data segment's address.
    fn data(&self, d: u32) -> u32 {
        self.data_addr.get(d as usize).copied().flatten().unwrap_or(0)
    }

    /// The value of an address computed from constants only (data addresses, the heap base).
    fn constant(&self, e: &Expr) -> Option<i32> {
        match e {
            Expr::I32(v) => Some(*v),
            Expr::HeapBase => Some(self.heap_base as i32),
            Expr::Data(d) => Some(self.data(*d) as i32),
            Expr::Bin(BinOp::Add, ValType::I32, ab) => Some(self.constant(&ab[0])?.wrapping_add(self.constant(&ab[1])?)),
            Expr::Bin(BinOp::Mul, ValType::I32, ab) => Some(self.constant(&ab[0])?.wrapping_mul(self.constant(&ab[1])?)),
            _ => None,
        }
    }

    fn global(&self, g: u32) -> u32 {
        self.global_idx.get(g as usize).copied().flatten().unwrap_or(0)
    }

    /// Whether a call of function `c` may move sp, as `SpFlow` reads it.
    /// The parameters left out of function `f` and its calls (`Live::dropped`).
    fn dropped(&self, f: u32) -> u64 {
        self.dropped.get(f as usize).copied().unwrap_or(0)
    }

    fn moves(&self, c: u32) -> bool {
        self.moves_sp.get(c as usize).copied().unwrap_or(true)
    }

    fn sp_flow(&self) -> frames::SpFlow<'_> {
        frames::SpFlow { moves: &self.moves_sp, sp: self.m.sp_global }
    }

    fn func(&self, f: FuncRef) -> Option<u32> {
        match f {
            FuncRef::Import(i) => self.import_idx.get(i as usize).copied().flatten(),
            FuncRef::Func(i) => self.func_idx.get(i as usize).copied().flatten(),
        }
    }
}

/// Emits one function body; `labels` mirrors Wasm's block nesting (`None` for an `if`).
struct Cx<'a, 'b> {
    /// The body's bytes (buffer shared by all functions).
    code: &'a mut Vec<u8>,
    labels: &'a mut Vec<Option<Label>>,
    refs: &'a Refs<'b>,
    /// A `local.set` not emitted yet: followed by a `local.get` of the same local it becomes
    /// one `local.tee`.
    pending_set: Option<u32>,
    /// By label: some branch targets it; blocks and loops of other labels are emitted as
    /// their bodies alone.
    targets: &'a [bool],
    /// Wasm local index by IR local, and how often the body reads each (`locals::Renumbering`).
    locals: &'a [u32],
    reads: &'a [u32],
    /// `sp` is where the frame's entry or last reset left it: no call or root push since, on
    /// every path here, so a reset now would change nothing.
    sp_kept: bool,
    /// The Wasm local holding the frame's end, in functions that reset it often.
    frame_end: Option<u32>,
    /// Frame resets of a non-empty frame emitted so far.
    resets: u32,
    /// Inside a loop that calls nothing but its checks' panics: checks stay inline
    /// (`checks::tight`).
    tight: bool,
    /// The symbolic immediates so far, when the body is to be memoized.
    relocs: Option<&'a mut Vec<(u32, Sym)>>,
    /// A call of a dead function was left out: the body is not memoized.
    opaque: bool,
    /// The parameters whose nil checks are left out (`nonnil.rs`).
    nonnil: u64,
    /// IR locals (below 64) still zero: the body's leading statements have not written them.
    fresh: u64,
    /// The function's body (`swap.rs` asks how often it reads a local).
    body: &'a [Stmt],
}

/// An address folded from constants that this module decides (data, the heap base).
fn symbolic(e: &Expr) -> bool {
    match e {
        Expr::HeapBase | Expr::Data(_) => true,
        Expr::Bin(_, _, ab) => symbolic(&ab[0]) || symbolic(&ab[1]),
        _ => false,
    }
}

/// Writes a memoized body with this module's values for its symbolic immediates; false
/// when one names a function or global that is dead here.
fn resolve(enc: &Encoded, refs: &Refs, out: &mut Vec<u8>) -> bool {
    out.clear();
    let b = &enc.bytes;
    let mut at = 0;
    for (pos, s) in &enc.relocs {
        let pos = *pos as usize;
        out.extend_from_slice(&b[at..pos]);
        at = pos + b[pos..].iter().position(|x| x & 0x80 == 0).unwrap_or(0) + 1;
        fn idx(out: &mut Vec<u8>, i: Option<u32>) -> bool {
            i.map(|i| uleb(out, u64::from(i))).is_some()
        }
        fn konst(out: &mut Vec<u8>, v: u32) -> bool {
            sleb(out, i64::from(v as i32));
            true
        }
        let ok = match s {
            Sym::Func(f) => idx(out, refs.func(*f)),
            // A global written but dead here: encoded again without the write.
            Sym::Global(g) => idx(out, refs.global_idx.get(*g as usize).copied().flatten()),
            Sym::Enter => idx(out, refs.shared.enter),
            Sym::Push => idx(out, refs.shared.push),
            Sym::Check(k) => idx(out, refs.checks.func(*k)),
            Sym::Type(sig) => idx(out, Some(refs.indirect_types.get(&**sig).copied().unwrap_or(0))),
            Sym::Data(d) => konst(out, refs.data(*d)),
            Sym::HeapBase => konst(out, refs.heap_base),
            Sym::Const(e) => konst(out, refs.constant(e).unwrap_or(0) as u32),
            Sym::Table(f) => konst(out, refs.table_idx.get(f).copied().unwrap_or(0)),
            Sym::StackLimit => konst(out, refs.data_end + SHADOW_STACK_SIZE),
            Sym::Root(slot) => konst(out, refs.data_end + slot * 4),
            Sym::StackInit => konst(out, refs.data_end + refs.m.global_roots * 4),
        };
        if !ok {
            return false;
        }
    }
    out.extend_from_slice(&b[at..]);
    true
}

impl Cx<'_, '_> {
    fn i(&mut self, ins: I) {
        let ins = match ins {
            I::LocalGet(x) => I::LocalGet(self.locals[x as usize]),
            I::LocalSet(x) => I::LocalSet(self.locals[x as usize]),
            I::LocalTee(x) => I::LocalTee(self.locals[x as usize]),
            ins => ins,
        };
        self.put(ins);
    }

    /// [`Cx::i`] of an instruction whose locals are Wasm's indices already.
    fn put(&mut self, ins: I) {
        if let Some(x) = self.pending_set.take() {
            if matches!(ins, I::LocalGet(y) if y == x) {
                encode(&I::LocalTee(x), self.code);
                return;
            }
            encode(&I::LocalSet(x), self.code);
        }
        match ins {
            I::LocalSet(x) => self.pending_set = Some(x),
            ins => encode(&ins, self.code),
        }
    }

    /// After the frame's entry: its end into [`Cx::frame_end`].
    fn set_frame_end(&mut self, fp: u32, size: u32) {
        if let Some(fe) = self.frame_end {
            self.i(I::LocalGet(fp));
            self.i(I::I32Const(size as i32));
            self.i(I::I32Add);
            self.put(I::LocalSet(fe));
        }
    }

    fn flush(&mut self) {
        if let Some(x) = self.pending_set.take() {
            encode(&I::LocalSet(x), self.code);
        }
    }

    fn depth(&self, l: Label) -> u32 {
        self.labels.iter().rev().position(|x| *x == Some(l)).unwrap_or(0) as u32
    }

    /// The shadow stack pointer's global (its IR index), when the module has a heap.
    fn sp(&self) -> Option<u32> {
        if !self.refs.heap {
            return None;
        }
        self.refs.m.sp_global
    }

    /// Emits an instruction with an immediate this module decides, recorded for the memo.
    fn sym(&mut self, ins: I, s: impl FnOnce() -> Sym) {
        self.flush();
        let at = self.code.len() as u32 + 1;
        encode(&ins, self.code);
        if let Some(r) = self.relocs.as_deref_mut() {
            r.push((at, s()));
        }
    }

    fn global_get(&mut self, g: u32) {
        self.sym(I::GlobalGet(self.refs.global(g)), || Sym::Global(g));
    }

    fn global_set(&mut self, g: u32) {
        self.sym(I::GlobalSet(self.refs.global(g)), || Sym::Global(g));
    }

    /// A call of `f`; false, emitting nothing, when `f` is dead.
    fn call(&mut self, f: FuncRef) -> bool {
        let Some(idx) = self.refs.func(f) else {
            self.opaque = true;
            return false;
        };
        self.sym(I::Call(idx), || Sym::Func(f));
        true
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        // Statements already emitted with an earlier one.
        let mut skip = 0;
        for (i, s) in ss.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            // Locals start at zero: a leading `i := 0` needs no code; nor does a static
            // object's zeroing that a store then overwrites whole (`p := new(int); *p = n`).
            if self.fresh != 0 && self.zero_set(s) || matches!(s, Stmt::MemFill(f) if overwritten(f, None, &ss[i + 1..])) {
                continue;
            }
            if let Stmt::Set(l, Expr::Seq(pre, a)) = s {
                if matches!(pre.as_slice(), [Stmt::MemFill(f)] if f[0] == **a && overwritten(f, Some(*l), &ss[i + 1..])) {
                    self.expr(a);
                    self.i(I::LocalSet(*l));
                    continue;
                }
            }
            // An unwinding check right before a trap: the call before it returns only to
            // unwind, so the check's arm runs unconditionally, and the trap is never reached.
            if let (Stmt::If(Expr::Global(g), arm, els), Some(Stmt::Unreachable)) = (s, ss.get(i + 1)) {
                if Some(*g) == self.refs.m.checks.unwinding && els.is_empty() {
                    self.stmts(arm);
                    skip = 1;
                    continue;
                }
            }
            if let Some(swap) = swap::at(&ss[i..], self.body) {
                let kept = self.sp_kept;
                self.sp_kept = false;
                if self.fresh != 0 {
                    ss[i + 1..i + 3].iter().for_each(|s| _ = self.zero_set(s));
                }
                self.swap(swap);
                self.sp_kept = ss[i..i + 3].iter().all(|s| self.refs.sp_flow().falls(s)) && kept;
                skip = 2;
                continue;
            }
            // A frame reset is of no use where sp is kept, or right before the frame's pop.
            if let Stmt::FrameReset { fp, .. } = s {
                if self.sp_kept || matches!(ss.get(i + 1), Some(Stmt::FramePop(p)) if p == fp) {
                    continue;
                }
            }
            let kept = self.sp_kept;
            // What `stmt` finds on entering the arms of an `if` or a block's body; a loop's
            // head also sees its back edges.
            self.sp_kept = match s {
                Stmt::If(c, ..) => kept && self.refs.sp_flow().keeps(c),
                Stmt::Block(..) => kept,
                Stmt::Loop(..) => kept && self.refs.sp_flow().falls(s),
                _ => false,
            };
            self.stmt(s);
            self.sp_kept = match s {
                Stmt::Frame { .. } | Stmt::FrameReset { .. } => true,
                s => kept && self.refs.sp_flow().falls(s),
            };
        }
    }

    /// Whether `s`, among the body's leading statements, writes zero to a local still zero;
    /// forgets the locals `s` may write (all of them past the leading statements).
    fn zero_set(&mut self, s: &Stmt) -> bool {
        match s {
            Stmt::Set(l, e) if no_seq(e) => {
                let bit = 1u64.checked_shl(*l).unwrap_or(0);
                if self.fresh & bit != 0 && matches!(e, Expr::I32(0) | Expr::I64(0) | Expr::F32(0) | Expr::F64(0)) {
                    return true;
                }
                self.fresh &= !bit;
            }
            // A block's body goes on with the leading statements (what branches leaves them).
            Stmt::Line(_) | Stmt::Tick | Stmt::Block(..) => {}
            Stmt::SetGlobal(_, e) if no_seq(e) => {}
            Stmt::Store(_, a, b) if no_seq(a) && no_seq(b) => {}
            Stmt::Drop(e, _) if no_seq(e) => {}
            Stmt::MemCopy(x) | Stmt::MemFill(x) if x.iter().all(no_seq) => {}
            _ => self.fresh = 0,
        }
        false
    }

    /// Emits an address; a non-negative constant added to it becomes the memarg offset.
    fn address(&mut self, a: &Expr) -> u64 {
        match a {
            Expr::Bin(BinOp::Add, ValType::I32, bo) if matches!(bo[1], Expr::I32(c) if c >= 0) => {
                self.expr(&bo[0]);
                match bo[1] {
                    Expr::I32(c) => c as u64,
                    _ => 0,
                }
            }
            _ => {
                self.expr(a);
                0
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if nonnil::param_site(s, self.refs.m.checks.panic_nil, self.nonnil).is_some() {
            return;
        }
        if let Some(site) = checks::site(self.refs.m, s) {
            let tight_arm = site.kind != checks::Kind::Nil && site.after.is_empty();
            if let Some(f) = self.refs.checks.func(site.kind).filter(|_| !self.tight || tight_arm) {
                // In a tight loop the comparison stays inline and only its failing arm calls
                // the shared function (which compares again): 1–2 bytes less than the panic
                // call with its widened length and trap. A nil check's arm has no operand to
                // leave out, and an arm that unwinds leaves by its branch, with no trap to save.
                let tight = self.tight;
                if let (true, Stmt::If(c, ..)) = (tight, s) {
                    self.expr(c);
                    self.i(I::If(BlockType::Empty));
                    self.labels.push(None);
                }
                for (i, a) in site.args.iter().enumerate() {
                    match (site.kind, i, checks::narrowed(a)) {
                        (checks::Kind::Index, 1, Some(checks::Narrow::Const(c))) => self.i(I::I32Const(c)),
                        (checks::Kind::Index, 1, Some(checks::Narrow::Expr(e))) => self.expr(e),
                        _ => self.expr(a),
                    }
                }
                let kind = site.kind;
                self.sym(I::Call(f), || Sym::Check(kind));
                // The call left the unwinding flag: the check's arm runs on it.
                match site.after {
                    _ if !self.refs.checks.flag => {}
                    [Stmt::If(_, arm, _)] => match arm.as_slice() {
                        [Stmt::Br(l)] => {
                            let d = self.depth(*l);
                            self.i(I::BrIf(d));
                        }
                        arm => {
                            self.i(I::If(BlockType::Empty));
                            self.labels.push(None);
                            self.stmts(arm);
                            self.labels.pop();
                            self.i(I::End);
                        }
                    },
                    _ => self.i(I::Drop),
                }
                if tight {
                    self.labels.pop();
                    self.i(I::End);
                }
                return;
            }
        }
        match s {
            Stmt::Set(l, e) => {
                self.expr(e);
                self.i(I::LocalSet(*l));
            }
            // A call of a function with nothing to do (`Live::compute`), which a memoized
            // body would leave out where it has something to do again.
            Stmt::Drop(Expr::Call(FuncRef::Func(f), args), 0)
                if args.is_empty() && self.refs.func(FuncRef::Func(*f)).is_none() && empty(self.refs.m, *f as usize, |g| self.refs.global_idx.get(g as usize).is_some_and(|x| x.is_some())) =>
            {
                self.opaque = true;
            }
            Stmt::SetGlobal(g, e) => match self.refs.global_idx.get(*g as usize).copied().flatten() {
                Some(_) => {
                    self.expr(e);
                    self.global_set(*g);
                }
                // No live code reads it. A memoized body would keep the write where the
                // global is live again.
                None => {
                    self.opaque = true;
                    if !matches!(e, Expr::I32(_) | Expr::I64(_) | Expr::F32(_) | Expr::F64(_) | Expr::Local(_) | Expr::Global(_) | Expr::Data(_)) {
                        self.expr(e);
                        self.i(I::Drop);
                    }
                }
            },
            Stmt::SetMulti(ls, e) => {
                self.expr(e);
                for l in ls.iter().rev() {
                    self.i(I::LocalSet(*l));
                }
            }
            Stmt::Store(m, a, v) => {
                let offset = self.address(a);
                self.expr(stored(*m, v));
                self.i(store_ins(*m, offset));
            }
            Stmt::Drop(e, n) => {
                self.expr(e);
                for _ in 0..*n {
                    self.i(I::Drop);
                }
            }
            // `if c { br l }` is `br_if l`.
            Stmt::If(c, a, b) if b.is_empty() && matches!(a.as_slice(), [Stmt::Br(_)]) => {
                self.expr(c);
                if let [Stmt::Br(l)] = a.as_slice() {
                    let d = self.depth(*l);
                    self.i(I::BrIf(d));
                }
            }
            Stmt::If(c, a, b) => {
                let kept = self.sp_kept;
                self.expr(c);
                self.i(I::If(BlockType::Empty));
                self.labels.push(None);
                self.stmts(a);
                if !b.is_empty() {
                    self.i(I::Else);
                    self.sp_kept = kept;
                    self.stmts(b);
                }
                self.labels.pop();
                self.i(I::End);
            }
            Stmt::Loop(l, b) if !self.targets.get(*l as usize).copied().unwrap_or(false) => {
                let outer = std::mem::replace(&mut self.tight, checks::tight(self.refs.m, b));
                self.stmts(b);
                self.tight = outer;
            }
            Stmt::Block(l, b) if !self.targets.get(*l as usize).copied().unwrap_or(false) => self.stmts(b),
            Stmt::Block(l, b) => {
                self.i(I::Block(BlockType::Empty));
                self.labels.push(Some(*l));
                self.stmts(b);
                self.labels.pop();
                self.i(I::End);
            }
            Stmt::Loop(l, b) => {
                self.i(I::Loop(BlockType::Empty));
                self.labels.push(Some(*l));
                let outer = std::mem::replace(&mut self.tight, checks::tight(self.refs.m, b));
                self.stmts(b);
                self.tight = outer;
                self.labels.pop();
                self.i(I::End);
            }
            Stmt::Br(l) => {
                let d = self.depth(*l);
                self.i(I::Br(d));
            }
            Stmt::Return(es) => {
                for e in es {
                    self.expr(e);
                }
                self.i(I::Return);
            }
            Stmt::Unreachable => self.i(I::Unreachable),
            Stmt::MemCopy(abc) => {
                abc.iter().for_each(|x| self.expr(x));
                self.i(I::MemoryCopy { src_mem: 0, dst_mem: 0 });
            }
            // Eight or four zero bytes are one store (2 bytes shorter).
            Stmt::MemFill(abc) if matches!(abc[1..], [Expr::I32(0), Expr::I32(8)]) => self.stmt(&Stmt::Store(Mem::I64, abc[0].clone(), Expr::I64(0))),
            Stmt::MemFill(abc) if matches!(abc[1..], [Expr::I32(0), Expr::I32(4)]) => self.stmt(&Stmt::Store(Mem::I32, abc[0].clone(), Expr::I32(0))),
            Stmt::MemFill(abc) => {
                abc.iter().for_each(|x| self.expr(x));
                self.i(I::MemoryFill(0));
            }
            Stmt::Frame { fp, size } => {
                let Some(sp) = self.sp() else { return };
                if let Some(enter) = self.refs.shared.enter {
                    self.i(I::I32Const(*size as i32));
                    self.sym(I::Call(enter), || Sym::Enter);
                    self.i(I::LocalSet(*fp));
                    self.set_frame_end(*fp, *size);
                    return;
                }
                self.global_get(sp);
                self.i(I::LocalTee(*fp));
                self.i(I::I32Const(*size as i32));
                self.i(I::I32Add);
                self.global_set(sp);
                if *size > 0 {
                    self.i(I::LocalGet(*fp));
                    self.i(I::I32Const(0));
                    self.i(I::I32Const(*size as i32));
                    self.i(I::MemoryFill(0));
                }
                self.global_get(sp);
                self.sym(I::I32Const((self.refs.data_end + SHADOW_STACK_SIZE) as i32), || Sym::StackLimit);
                self.i(I::I32GtU);
                self.i(I::If(BlockType::Empty));
                if let Some(f) = self.refs.m.stack_overflow {
                    self.call(f);
                }
                self.i(I::Unreachable);
                self.i(I::End);
                self.set_frame_end(*fp, *size);
            }
            Stmt::FrameReset { fp, size } => {
                let Some(sp) = self.sp() else { return };
                if *size > 0 {
                    self.resets += 1;
                }
                if let (Some(fe), true) = (self.frame_end, *size > 0) {
                    self.put(I::LocalGet(fe));
                    self.global_set(sp);
                    return;
                }
                self.i(I::LocalGet(*fp));
                if *size > 0 {
                    self.i(I::I32Const(*size as i32));
                    self.i(I::I32Add);
                }
                self.global_set(sp);
            }
            Stmt::FramePop(fp) => {
                let Some(sp) = self.sp() else { return };
                self.i(I::LocalGet(*fp));
                self.global_set(sp);
            }
            Stmt::Root { fp, slot, value } => {
                if self.sp().is_none() {
                    return;
                }
                self.i(I::LocalGet(*fp));
                self.i(I::LocalGet(*value));
                self.i(I::I32Store(MemArg { offset: u64::from(*slot) * 4, align: 2 }));
            }
            Stmt::GlobalRoot { slot, value } => {
                if self.sp().is_none() {
                    return;
                }
                let slot = *slot;
                self.sym(I::I32Const((self.refs.data_end + slot * 4) as i32), || Sym::Root(slot));
                self.expr(value);
                self.i(I::I32Store(MemArg { offset: 0, align: 2 }));
            }
            Stmt::PushRoot(value) => {
                let Some(sp) = self.sp() else { return };
                if let Some(push) = self.refs.shared.push {
                    self.expr(value);
                    self.sym(I::Call(push), || Sym::Push);
                    return;
                }
                self.global_get(sp);
                self.expr(value);
                self.i(I::I32Store(MemArg { offset: 0, align: 2 }));
                self.global_get(sp);
                self.i(I::I32Const(4));
                self.i(I::I32Add);
                self.global_set(sp);
            }
            Stmt::StackInit => {
                let Some(sp) = self.sp() else { return };
                self.sym(I::I32Const((self.refs.data_end + self.refs.m.global_roots * 4) as i32), || Sym::StackInit);
                self.global_set(sp);
            }
            Stmt::Line(_) => {}
            Stmt::BrTable(ls, d, e) => {
                self.expr(e);
                let targets: Vec<u32> = ls.iter().map(|l| self.depth(*l)).collect();
                let d = self.depth(*d);
                self.i(I::BrTable(targets, d));
            }
            Stmt::Tick => {
                let (Some(g), Some(f)) = (self.refs.m.budget_global, self.refs.m.budget_exceeded) else { return };
                self.global_get(g);
                self.i(I::I64Const(1));
                self.i(I::I64Sub);
                self.global_set(g);
                self.global_get(g);
                self.i(I::I64Const(0));
                self.i(I::I64LtS);
                self.i(I::If(BlockType::Empty));
                self.call(f);
                self.i(I::Unreachable);
                self.i(I::End);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        if matches!(e, Expr::Bin(..)) {
            if let Some(v) = self.refs.constant(e) {
                if self.relocs.is_some() && symbolic(e) {
                    self.sym(I::I32Const(v), || Sym::Const(Box::new(e.clone())));
                } else {
                    self.i(I::I32Const(v));
                }
                return;
            }
        }
        match e {
            Expr::I32(v) => self.i(I::I32Const(*v)),
            Expr::I64(v) => self.i(I::I64Const(*v)),
            Expr::F32(v) => self.i(I::F32Const(*v)),
            Expr::F64(v) => self.i(I::F64Const(*v)),
            // A local's only read right after its write: the value stays on the stack.
            Expr::Local(l) if self.pending_set.is_some_and(|x| x == self.locals[*l as usize]) && self.reads.get(*l as usize) == Some(&1) => self.pending_set = None,
            Expr::Local(l) => self.i(I::LocalGet(*l)),
            Expr::Global(g) => self.global_get(*g),
            Expr::Data(d) => {
                let (a, d) = (self.refs.data(*d), *d);
                self.sym(I::I32Const(a as i32), || Sym::Data(d));
            }
            Expr::Un(op, t, x) => {
                self.expr(x);
                self.i(unop(*op, *t));
            }
            Expr::Bin(op, t, ab) => {
                self.expr(&ab[0]);
                self.expr(&ab[1]);
                self.i(binop(*op, *t));
            }
            Expr::Conv(Conv::I32WrapI64, x) if matches!(**x, Expr::I64(_)) => {
                if let Expr::I64(v) = **x {
                    self.i(I::I32Const(v as i32));
                }
            }
            Expr::Conv(c, x) => {
                self.expr(x);
                self.i(conv(*c));
            }
            Expr::Load(m, a) => {
                let offset = self.address(a);
                let arg = |align: u32| MemArg { offset, align };
                self.i(match m {
                    Mem::I32 => I::I32Load(arg(2)),
                    Mem::I64 => I::I64Load(arg(3)),
                    Mem::F32 => I::F32Load(arg(2)),
                    Mem::F64 => I::F64Load(arg(3)),
                    Mem::I32_8S => I::I32Load8S(arg(0)),
                    Mem::I32_8U => I::I32Load8U(arg(0)),
                    Mem::I32_16S => I::I32Load16S(arg(1)),
                    Mem::I32_16U => I::I32Load16U(arg(1)),
                });
            }
            Expr::Call(f, args) => {
                let dropped = match f {
                    FuncRef::Func(g) => self.refs.dropped(*g),
                    FuncRef::Import(_) => 0,
                };
                for (i, a) in args.iter().enumerate() {
                    if i < 64 && dropped >> i & 1 != 0 {
                        continue;
                    }
                    self.expr(a);
                }
                if !self.call(*f) {
                    self.i(I::Unreachable);
                }
            }
            Expr::Select(a, b, c) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
                self.i(I::Select);
            }
            Expr::If(t, c, a, b) => {
                self.expr(c);
                self.i(I::If(BlockType::Result(w(*t))));
                self.labels.push(None);
                self.expr(a);
                self.i(I::Else);
                self.expr(b);
                self.labels.pop();
                self.i(I::End);
            }
            Expr::Seq(ss, x) => {
                self.stmts(ss);
                self.expr(x);
            }
            Expr::FuncAddr(f) => {
                let (i, f) = (self.refs.table_idx.get(f).copied().unwrap_or(0), *f);
                self.sym(I::I32Const(i as i32), || Sym::Table(f));
            }
            Expr::CallIndirect { sig, callee, args } => {
                for a in args {
                    self.expr(a);
                }
                self.expr(callee);
                let key = (sig.params.clone(), sig.results.clone());
                let t = self.refs.indirect_types.get(&key).copied().unwrap_or(0);
                self.sym(I::CallIndirect { type_index: t, table_index: 0 }, || Sym::Type(Box::new(key)));
            }
            Expr::HeapBase => self.sym(I::I32Const(self.refs.heap_base as i32), || Sym::HeapBase),
            Expr::MemorySize => self.i(I::MemorySize(0)),
            Expr::MemoryGrow(x) => {
                self.expr(x);
                self.i(I::MemoryGrow(0));
            }
        }
    }
}

fn no_seq(e: &Expr) -> bool {
    !matches!(e, Expr::Seq(..)) && e.children().all(no_seq)
}

/// Whether a zeroing `memory.fill` of a constant address is overwritten whole by the store
/// among the statements after it (local `l` and others set to the address before it), with
/// a value that reads no memory.
fn overwritten(fill: &[Expr; 3], l: Option<u32>, after: &[Stmt]) -> bool {
    fn reads_none(e: &Expr) -> bool {
        !matches!(e, Expr::Load(..) | Expr::Call(..) | Expr::CallIndirect { .. } | Expr::Seq(..) | Expr::MemoryGrow(_)) && e.children().all(reads_none)
    }
    let [a @ Expr::Data(_), Expr::I32(0), Expr::I32(n)] = fill else { return false };
    let mut copies: Vec<Expr> = l.map(Expr::Local).into_iter().collect();
    for s in after {
        match s {
            Stmt::Set(l, e) if e == a => copies.push(Expr::Local(*l)),
            Stmt::Line(_) => {}
            Stmt::Store(m @ (Mem::I64 | Mem::F64 | Mem::I32 | Mem::F32), p, v) => {
                let width = if matches!(m, Mem::I64 | Mem::F64) { 8 } else { 4 };
                return width == *n && (p == a || copies.contains(p)) && reads_none(v);
            }
            _ => return false,
        }
    }
    false
}

/// The value a store of `m` writes, without masks that keep every bit it stores: a byte
/// store of `x & 255` (Go's `byte(x)`) stores `x`'s low byte already.
fn stored(m: Mem, mut v: &Expr) -> &Expr {
    let bits = match m {
        Mem::I32_8S | Mem::I32_8U => 0xff,
        Mem::I32_16S | Mem::I32_16U => 0xffff,
        _ => return v,
    };
    while let Expr::Bin(BinOp::And, ValType::I32, xy) = v {
        match &**xy {
            [x, Expr::I32(c)] | [Expr::I32(c), x] if c & bits == bits => v = x,
            _ => break,
        }
    }
    v
}
