//! `internalBinding('constants')`: os.constants (signals, errno, priority) and fs.constants, from libc.

use rquickjs::{Ctx, Object, Result};

macro_rules! table {
    ($ctx:expr, $($name:ident),* $(,)?) => {{
        let o = Object::new($ctx.clone())?;
        $( o.set(stringify!($name), libc::$name as i64)?; )*
        o
    }};
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    let signals = table!(ctx, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL,
        SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD, SIGSTKFLT, SIGCONT, SIGSTOP, SIGTSTP,
        SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPOLL, SIGPWR, SIGSYS);
    target.set("signals", signals)?;
    Ok(())
}
