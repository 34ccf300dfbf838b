//! Calls through reflect (`Value.Call`, `CallSlice`, a method value's `Call`), in programs
//! where some package makes them or reads a func type's signature
//! (`Info::uses_reflect_call`, set by the checker). Other programs' descriptors and method
//! tables are unchanged.
//!
//! In such programs:
//! - a func type's descriptor carries its signature: +20 the counts (parameters, results at
//!   bit 16, variadic at bit 31), +36 the descriptors of the parameters then the results;
//!   and in reflect's part, at +64, its call trampoline's table index;
//! - a method table lists every exported method of the type, besides those some interface
//!   names, and every entry's function is kept (a method named at run time may be called,
//!   as gc's linker keeps exported methods when reflect looks methods up); reflect's part
//!   gives each entry's signature descriptor (a third word in its name entry; reflect asks
//!   `runtime.reflectCalls`, a constant, for the entries' size).
//!
//! A trampoline, one per signature, is `(fn, first, args, results)`: it reads the
//! arguments from the block at `args` (each at the next multiple of 8 bytes, as
//! `reflect_call.go` writes them), calls table entry `fn` with `first` before them (a
//! closure object, or a method's receiver data word: func values and method table entries
//! take one first), and writes the results into the block at `results` the same way.

use crate::ir::{Expr as E, Func, FuncRef, Local, Reloc, Stmt as S, ValType};
use crate::types::{Signature, Type, TypeId};

use super::data::offset;
use super::{vals, FnLower, Lowerer};
use super::vals::Vals;

/// Where each of `ts` sits in an argument or result block: at the next multiple of 8.
fn slots(l: &FnLower, ts: &[TypeId]) -> Vec<u32> {
    let mut off = 0;
    ts.iter()
        .map(|t| {
            off = (off + 7) & !7;
            let at = off;
            off += l.size_of(*t);
            at
        })
        .collect()
}

impl Lowerer<'_> {
    /// Whether descriptors carry what reflect needs to call functions and methods.
    pub(super) fn reflect_calls(&self) -> bool {
        self.info.uses_reflect_call && self.reflects()
    }

    /// The signature part of func type `sig`'s descriptor: the packed counts, and the
    /// segment of its parameters' and results' descriptors (0 when there are none).
    pub(super) fn signature_desc(&mut self, sig: &Signature) -> (u32, Option<u32>) {
        let counts = sig.params.len() as u32 | (sig.results.len() as u32) << 16 | u32::from(sig.variadic) << 31;
        let all: Vec<TypeId> = sig.params.iter().chain(&sig.results).copied().collect();
        if all.is_empty() {
            return (counts, None);
        }
        let rel: Vec<(u32, Reloc)> = all.iter().enumerate().map(|(i, t)| (i as u32 * 4, Reloc::Data(self.type_desc(*t)))).collect();
        (counts, Some(self.data_with(vec![0; all.len() * 4], rel)))
    }

    /// The call trampoline of func type `t` (one per signature).
    pub(super) fn call_trampoline(&mut self, t: TypeId) -> Option<FuncRef> {
        let key = self.info.types.under(t);
        if let Some(f) = self.trampolines.get(&key) {
            return Some(*f);
        }
        let Type::Func(sig) = self.info.types.get(key).clone() else { return None };
        let params = vec![ValType::I32; 4];
        let name = format!("reflect.call({})", self.info.types.display(key));
        let idx = self.m.funcs.len() as u32;
        self.m.funcs.push(Func { file: Default::default(), name: name.clone().into(), params: params.clone().into(), results: vec![].into(), locals: vec![], body: Default::default() });
        let f = FuncRef::Func(idx);
        self.trampolines.insert(key, f);
        let mut fl = FnLower::new_init(self, params);
        fl.name = name;
        fl.nparams = 4;
        fl.trampoline_body(&sig);
        let (locals, body) = fl.finish();
        self.m.funcs[idx as usize].locals = locals;
        self.m.funcs[idx as usize].body = body.into();
        Some(f)
    }
}

impl FnLower<'_, '_> {
    fn trampoline_body(&mut self, sig: &Signature) {
        let info = self.info();
        let (fn_index, first, args, results): (Local, Local, Local, Local) = (0, 1, 2, 3);
        let mut av = vec![E::Local(first)];
        for (t, at) in sig.params.iter().zip(slots(self, &sig.params)) {
            av.extend(self.load_at(*t, offset(E::Local(args), at)));
        }
        let mut params = vec![ValType::I32];
        params.extend(sig.params.iter().flat_map(|t| vals(info, *t)));
        let rts: Vec<ValType> = sig.results.iter().flat_map(|t| vals(info, *t)).collect();
        let call = E::indirect(params, rts.clone(), E::Local(fn_index), av);
        if rts.is_empty() {
            self.emit(S::Drop(call, 0));
            return;
        }
        let ls: Vec<Local> = rts.iter().map(|v| self.new_local(*v)).collect();
        self.emit(if ls.len() == 1 { S::Set(ls[0], call) } else { S::SetMulti(ls.clone(), call) });
        let mut next = ls.into_iter();
        for (t, at) in sig.results.iter().zip(slots(self, &sig.results)) {
            let vs: Vals = next.by_ref().take(vals(info, *t).len()).map(E::Local).collect();
            self.store_at(*t, offset(E::Local(results), at), vs);
        }
    }
}
