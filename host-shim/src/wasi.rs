//! The WASI preview 1 subset a Go module needs (output, standard input, exit, clocks,
//! randomness, sleeping through `poll_oneoff`, arguments and environment), and the signatures of everything the
//! host serves for real, `host` module included, checked when a module is attached. The host
//! preopens no directory: file calls on any descriptor but the standard streams' answer
//! EBADF, as a WASI runtime without preopened directories does.

use gowasm_meta::WasmType::{self, F64, I32, I64};

use crate::module::FuncSig;
use crate::{Clock, Event, Host, HostError, Memory, Val};

pub(crate) const WASI: &str = "wasi_snapshot_preview1";
pub(crate) const HOST: &str = "host";

const SUCCESS: i32 = 0;
const EBADF: i32 = 8;
const EINVAL: i32 = 28;
pub(crate) const ENOSYS: i32 = 52;
const ENOTSUP: i32 = 58;

/// argv[0], as wasmtime names a module run as `main.wasm`.
const PROGRAM_NAME: &str = "main.wasm";

/// The signature of a function the host serves itself, `None` for stubs.
pub(crate) fn signature(module: &str, name: &str) -> Option<FuncSig> {
    let sig = |params: &[WasmType], results: &[WasmType]| Some(FuncSig { params: params.to_vec(), results: results.to_vec() });
    match (module, name) {
        (WASI, "fd_write" | "fd_read" | "poll_oneoff") => sig(&[I32, I32, I32, I32], &[I32]),
        (WASI, "proc_exit") => sig(&[I32], &[]),
        (WASI, "clock_time_get") => sig(&[I32, I64, I32], &[I32]),
        (WASI, "random_get" | "args_sizes_get" | "args_get" | "environ_sizes_get" | "environ_get" | "fd_fdstat_get" | "fd_prestat_get") => {
            sig(&[I32, I32], &[I32])
        }
        (WASI, "sched_yield") => sig(&[], &[I32]),
        (WASI, "path_open") => sig(&[I32, I32, I32, I32, I32, I64, I64, I32, I32], &[I32]),
        (WASI, "path_filestat_get") => sig(&[I32, I32, I32, I32, I32], &[I32]),
        (WASI, "path_readlink") => sig(&[I32, I32, I32, I32, I32, I32], &[I32]),
        (WASI, "fd_readdir") => sig(&[I32, I32, I32, I64, I32], &[I32]),
        (WASI, "fd_seek") => sig(&[I32, I64, I32, I32], &[I32]),
        (WASI, "fd_filestat_get") => sig(&[I32, I32], &[I32]),
        (WASI, "fd_close") => sig(&[I32], &[I32]),
        (HOST, "log_string") => sig(&[I32, I32], &[]),
        (HOST, "log_i32") => sig(&[I32], &[]),
        (HOST, "log_i64") => sig(&[I64], &[]),
        (HOST, "log_f64") => sig(&[F64], &[]),
        (crate::trace::MODULE, crate::trace::NAME) => sig(&[I32, I32, I32, I32, I32, I32], &[]),
        _ => None,
    }
}

/// Serves a function of the subset; arguments were checked against [`signature`] on attach.
pub(crate) fn call(host: &mut Host, name: &str, args: &[Val], mem: &mut dyn Memory) -> Result<Vec<Val>, HostError> {
    let a = |i: usize| args.get(i).map_or(0, |v| v.bits() as u32);
    let errno = match name {
        "fd_write" => fd_write(host, a(0), a(1), a(2), a(3), mem)?,
        "fd_read" => fd_read(host, a(0), a(1), a(2), a(3), mem)?,
        "proc_exit" => return Err(HostError::Exit(a(0) as i32)),
        "clock_time_get" => match clock(a(0)) {
            Some(c) => {
                let t = host.platform().now(c);
                mem.write(a(2), &t.to_le_bytes())?;
                SUCCESS
            }
            None => EINVAL,
        },
        "random_get" => {
            let mut buf = mem.read_vec(a(0), a(1))?;
            host.platform().random(&mut buf);
            mem.write(a(0), &buf)?;
            SUCCESS
        }
        "args_sizes_get" => sizes_get(&argv(host), a(0), a(1), mem)?,
        "args_get" => strings_get(&argv(host), a(0), a(1), mem)?,
        "environ_sizes_get" => sizes_get(&host.env, a(0), a(1), mem)?,
        "environ_get" => strings_get(&host.env, a(0), a(1), mem)?,
        "sched_yield" => SUCCESS,
        "poll_oneoff" => poll_oneoff(host, a(0), a(1), a(2), a(3), mem)?,
        "fd_fdstat_get" => fd_fdstat_get(a(0), a(1), mem)?,
        // No preopened directories, so no other descriptor is open.
        "fd_prestat_get" | "path_open" | "path_filestat_get" | "path_readlink" => EBADF,
        "fd_readdir" | "fd_seek" | "fd_close" | "fd_filestat_get" if a(0) > 2 => EBADF,
        _ => ENOSYS,
    };
    Ok(if name == "proc_exit" { Vec::new() } else { vec![Val::I32(errno)] })
}

fn clock(id: u32) -> Option<Clock> {
    match id {
        0 => Some(Clock::Realtime),
        1 => Some(Clock::Monotonic),
        _ => None,
    }
}

fn fd_write(host: &mut Host, fd: u32, iovs: u32, n: u32, nwritten: u32, mem: &mut dyn Memory) -> Result<i32, HostError> {
    if fd != 1 && fd != 2 {
        return Ok(EBADF);
    }
    let mut data = Vec::new();
    for i in 0..n {
        let iov = element(iovs, i, 8)?;
        let (ptr, len) = (mem.read_u32(iov)?, mem.read_u32(element(iov, 1, 4)?)?);
        data.extend(mem.read_vec(ptr, len)?);
    }
    mem.write(nwritten, &(data.len() as u32).to_le_bytes())?;
    if !data.is_empty() {
        host.emit(if fd == 1 { Event::Stdout(data) } else { Event::Stderr(data) });
    }
    Ok(SUCCESS)
}

/// Reads standard input (the bytes given to [`Host::set_stdin`]; at its end, 0 bytes: EOF).
/// The standard output streams cannot be read, as under a terminal-less WASI runtime.
fn fd_read(host: &mut Host, fd: u32, iovs: u32, n: u32, nread: u32, mem: &mut dyn Memory) -> Result<i32, HostError> {
    if fd != 0 {
        return Ok(EBADF);
    }
    let mut total = 0u32;
    for i in 0..n {
        let iov = element(iovs, i, 8)?;
        let (ptr, len) = (mem.read_u32(iov)?, mem.read_u32(element(iov, 1, 4)?)?);
        let chunk = host.read_stdin(len as usize);
        if chunk.is_empty() {
            break;
        }
        mem.write(ptr, &chunk)?;
        total += chunk.len() as u32;
    }
    mem.write(nread, &total.to_le_bytes())?;
    Ok(SUCCESS)
}

/// The address of element `i` of an array at `base`; past 4 GiB is out of bounds.
fn element(base: u32, i: u32, size: u32) -> Result<u32, HostError> {
    u32::try_from(u64::from(base) + u64::from(i) * u64::from(size))
        .map_err(|_| HostError::Trap(format!("out of bounds memory access: element {i} of an array at {base:#x}")))
}

fn fd_fdstat_get(fd: u32, buf: u32, mem: &mut dyn Memory) -> Result<i32, HostError> {
    const CHARACTER_DEVICE: u8 = 2;
    const FD_READ: u64 = 1 << 1;
    const FD_WRITE: u64 = 1 << 6;
    const POLL_FD_READWRITE: u64 = 1 << 27;
    let rights = match fd {
        0 => FD_READ | POLL_FD_READWRITE,
        1 | 2 => FD_WRITE | POLL_FD_READWRITE,
        _ => return Ok(EBADF),
    };
    // fdstat: filetype u8, flags u16 at 2, rights_base u64 at 8, rights_inheriting u64 at 16.
    let mut stat = [0u8; 24];
    stat[0] = CHARACTER_DEVICE;
    stat[8..16].copy_from_slice(&rights.to_le_bytes());
    mem.write(buf, &stat)?;
    Ok(SUCCESS)
}

/// Clock subscriptions sleep until the earliest deadline; others are answered at once with
/// ENOTSUP (the host has no files to wait for).
fn poll_oneoff(host: &mut Host, subs: u32, events: u32, n: u32, nevents: u32, mem: &mut dyn Memory) -> Result<i32, HostError> {
    const SUB_SIZE: u32 = 48;
    const EVENT_SIZE: u32 = 32;
    const ABSTIME: u16 = 1;
    if n == 0 {
        return Ok(EINVAL);
    }
    // (userdata, tag, ns from now until the deadline, or an errno for the event)
    let mut waits: Vec<(u64, u8, Result<u64, i32>)> = Vec::new();
    for i in 0..n {
        let sub = mem.read_vec(element(subs, i, SUB_SIZE)?, SUB_SIZE)?;
        let u64_at = |o: usize| u64::from_le_bytes(sub[o..o + 8].try_into().unwrap_or_default());
        let (userdata, tag) = (u64_at(0), sub[8]);
        let wait = match tag {
            0 => match clock(u32::from_le_bytes(sub[16..20].try_into().unwrap_or_default())) {
                Some(c) => {
                    let timeout = u64_at(24);
                    let abstime = u16::from_le_bytes([sub[40], sub[41]]) & ABSTIME != 0;
                    Ok(if abstime { timeout.saturating_sub(host.platform().now(c)) } else { timeout })
                }
                None => Err(EINVAL),
            },
            1 | 2 => Err(ENOTSUP),
            _ => return Ok(EINVAL),
        };
        waits.push((userdata, tag, wait));
    }
    let immediate = waits.iter().any(|(_, _, w)| w.is_err());
    let sleep = if immediate { 0 } else { waits.iter().filter_map(|(_, _, w)| w.ok()).min().unwrap_or(0) };
    if sleep > 0 {
        host.platform().sleep(sleep);
    }
    let mut count = 0u32;
    for (userdata, tag, wait) in waits {
        let error = match wait {
            Ok(ns) if ns <= sleep => SUCCESS,
            Ok(_) => continue,
            Err(e) => e,
        };
        // event: userdata u64, error u16 at 8, type u8 at 10, fd_readwrite (zero) from 16.
        let mut ev = [0u8; EVENT_SIZE as usize];
        ev[0..8].copy_from_slice(&userdata.to_le_bytes());
        ev[8..10].copy_from_slice(&(error as u16).to_le_bytes());
        ev[10] = tag;
        mem.write(element(events, count, EVENT_SIZE)?, &ev)?;
        count += 1;
    }
    mem.write(nevents, &count.to_le_bytes())?;
    Ok(SUCCESS)
}

/// The program name, then the arguments the host was given.
fn argv(host: &Host) -> Vec<String> {
    std::iter::once(PROGRAM_NAME.to_string()).chain(host.args.iter().cloned()).collect()
}

/// `args_sizes_get` / `environ_sizes_get`: the count of strings and their bytes with NULs.
fn sizes_get(strings: &[String], count: u32, size: u32, mem: &mut dyn Memory) -> Result<i32, HostError> {
    mem.write(count, &(strings.len() as u32).to_le_bytes())?;
    let bytes: usize = strings.iter().map(|s| s.len() + 1).sum();
    mem.write(size, &(bytes as u32).to_le_bytes())?;
    Ok(SUCCESS)
}

/// `args_get` / `environ_get`: pointers to the strings at `ptrs`, the NUL-terminated strings
/// from `buf` on.
fn strings_get(strings: &[String], ptrs: u32, buf: u32, mem: &mut dyn Memory) -> Result<i32, HostError> {
    let mut at = buf;
    for (i, s) in strings.iter().enumerate() {
        mem.write(ptrs + 4 * i as u32, &at.to_le_bytes())?;
        mem.write(at, s.as_bytes())?;
        mem.write(at + s.len() as u32, &[0])?;
        at += s.len() as u32 + 1;
    }
    Ok(SUCCESS)
}
