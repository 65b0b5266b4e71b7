//! Rust halves of Node's core modules, one per `internalBinding` name (see runtime/bindings.rs).

pub mod buffer;
pub mod builtins;
pub mod constants;
pub mod contextify;
pub mod fs;
pub mod options;
pub mod os;
pub mod process;
pub mod signal_wrap;
pub mod timers;
pub mod url;
pub mod util;
pub mod uv;
