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
    let errno = table!(ctx,
        E2BIG, EACCES, EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EAGAIN, EALREADY, EBADF, EBADMSG, EBUSY,
        ECANCELED, ECHILD, ECONNABORTED, ECONNREFUSED, ECONNRESET, EDEADLK, EDESTADDRREQ, EDOM, EDQUOT,
        EEXIST, EFAULT, EFBIG, EHOSTUNREACH, EIDRM, EILSEQ, EINPROGRESS, EINTR, EINVAL, EIO, EISCONN, EISDIR,
        ELOOP, EMFILE, EMLINK, EMSGSIZE, EMULTIHOP, ENAMETOOLONG, ENETDOWN, ENETRESET, ENETUNREACH, ENFILE,
        ENOBUFS, ENODATA, ENODEV, ENOENT, ENOEXEC, ENOLCK, ENOLINK, ENOMEM, ENOMSG, ENOPROTOOPT, ENOSPC,
        ENOSR, ENOSTR, ENOSYS, ENOTCONN, ENOTDIR, ENOTEMPTY, ENOTSOCK, ENOTSUP, ENOTTY, ENXIO, EOPNOTSUPP,
        EOVERFLOW, EPERM, EPIPE, EPROTO, EPROTONOSUPPORT, EPROTOTYPE, ERANGE, EROFS, ESPIPE, ESRCH, ESTALE,
        ETIME, ETIMEDOUT, ETXTBSY, EWOULDBLOCK, EXDEV,
    );
    target.set("errno", errno)?;
    // os.constants.priority: libuv's fixed UV_PRIORITY_* values, the same on every platform.
    let priority = Object::new(ctx.clone())?;
    for (name, value) in [("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0),
        ("PRIORITY_ABOVE_NORMAL", -7), ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20)] {
        priority.set(name, value)?;
    }
    target.set("priority", priority)?;
    let dlopen = table!(ctx, RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL, RTLD_DEEPBIND);
    target.set("dlopen", dlopen)?;
    Ok(())
}
