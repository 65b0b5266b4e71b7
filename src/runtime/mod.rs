//! The runtime core: engine, event loop, loader plumbing and bootstrap. Knows nothing of single modules.

pub mod bindings;
pub mod bootstrap;
pub mod builtins;
pub mod engine;
pub mod event_loop;
pub mod options;
