//! Time and randomness, injected: the CLI uses the system's clock and really sleeps, the page
//! uses `performance.now`, tests use a virtual clock so runs are deterministic.

/// A WASI clock the host serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Wall time, nanoseconds since the Unix epoch.
    Realtime,
    /// Nanoseconds since an arbitrary start; never goes back.
    Monotonic,
}

/// What the WASI functions need from the world outside the guest.
pub trait Platform {
    fn now(&mut self, clock: Clock) -> u64;
    /// Blocks for `ns` nanoseconds (`poll_oneoff` with a clock subscription).
    fn sleep(&mut self, ns: u64);
    fn random(&mut self, buf: &mut [u8]);
}

/// A deterministic platform: time moves only when the guest sleeps (and by one microsecond
/// per reading, so it never stands still); random bytes come from a fixed-seed xorshift.
pub struct VirtualPlatform {
    /// Monotonic nanoseconds.
    now: u64,
    /// Realtime at monotonic 0.
    epoch: u64,
    rng: XorShift,
}

impl Default for VirtualPlatform {
    fn default() -> VirtualPlatform {
        // 2024-01-01T00:00:00Z: a plausible wall clock for programs that print dates.
        VirtualPlatform { now: 0, epoch: 1_704_067_200_000_000_000, rng: XorShift::default() }
    }
}

impl Platform for VirtualPlatform {
    fn now(&mut self, clock: Clock) -> u64 {
        self.now += 1_000;
        match clock {
            Clock::Realtime => self.epoch + self.now,
            Clock::Monotonic => self.now,
        }
    }

    fn sleep(&mut self, ns: u64) {
        self.now = self.now.saturating_add(ns);
    }

    fn random(&mut self, buf: &mut [u8]) {
        self.rng.fill(buf);
    }
}

/// xorshift64: reproducible bytes for `random_get`; not for cryptography.
pub(crate) struct XorShift(u64);

impl Default for XorShift {
    fn default() -> XorShift {
        XorShift(0x9E37_79B9_7F4A_7C15)
    }
}

impl XorShift {
    pub(crate) fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            chunk.copy_from_slice(&self.0.to_le_bytes()[..chunk.len()]);
        }
    }
}
