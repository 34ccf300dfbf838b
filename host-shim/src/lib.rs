//! Host shim.
