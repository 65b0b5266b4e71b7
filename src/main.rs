//! `oxnode`: runs Node.js programs. Parses node's command line and starts the runtime.

mod modules;
mod runtime;

use runtime::options::{self, Parsed};

fn main() {
    modules::process::mark_start();
    let opts = match options::parse(std::env::args().collect()) {
        Parsed::Run(o) => o,
        Parsed::Exit { code, stdout, stderr } => {
            print!("{stdout}");
            eprint!("{stderr}");
            std::process::exit(code);
        }
    };
    options::set(opts);
    let code = runtime::bootstrap::run_main();
    std::process::exit(code);
}
