//! `oxnode`: runs Node.js programs. Parses node's command line and starts the runtime.

mod modules;
mod runtime;

use runtime::options::{self, Parsed};

fn main() {
    modules::process::mark_start();
    // One malloc arena: a second thread's arena grows by mprotect calls that dominate start-up.
    unsafe { libc::mallopt(libc::M_ARENA_MAX, 1) };
    let opts = match options::parse(std::env::args().collect()) {
        Parsed::Run(o) => o,
        Parsed::Exit { code, stdout, stderr } => {
            print!("{stdout}");
            eprint!("{stderr}");
            std::process::exit(code);
        }
    };
    options::set(opts);
    // JS runs on a thread with a large stack: deep recursion must end in a RangeError from
    // QuickJS's own limit (engine.rs), never in a native stack overflow.
    let main_thread = std::thread::Builder::new()
        .name("oxnode-main".into())
        .stack_size(runtime::engine::THREAD_STACK_SIZE)
        .spawn(runtime::bootstrap::run_main);
    let code = match main_thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    std::process::exit(code);
}
