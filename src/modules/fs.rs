//! `internalBinding('fs')`: the native half of lib/fs.js.

use crate::modules::process::throw_uv;
use crate::modules::uv;
use crate::runtime::event_loop;
use rquickjs::{Ctx, Function, Object, Persistent, Result, TypedArray, Value};

/// `internalModuleStat(path)`: 0 for a file, 1 for a directory, a negative errno otherwise.
fn internal_module_stat(path: String) -> i32 {
    match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 1,
        Ok(_) => 0,
        Err(e) => uv::errno_of(&e),
    }
}

/// `readFileUtf8(path)`: the whole file as a string (invalid UTF-8 becomes U+FFFD, as in node).
fn read_file_utf8(ctx: Ctx<'_>, path: String) -> Result<String> {
    match std::fs::read(&path) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err(throw_uv(&ctx, uv::errno_of(&e), "open", Some(&path), None)),
    }
}

/// `realpath(path)`
fn realpath(ctx: Ctx<'_>, path: String) -> Result<String> {
    std::fs::canonicalize(&path)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| throw_uv(&ctx, uv::errno_of(&e), "realpath", Some(&path), None))
}

fn sys_err(ctx: &Ctx<'_>, e: std::io::Error, syscall: &str, path: &str, dest: Option<&str>) -> rquickjs::Error {
    throw_uv(ctx, uv::errno_of(&e), syscall, Some(path), dest)
}

/// `writeFileUtf8(path, data, flag, mode)`: flag "w" truncates, "a" appends, "wx" fails if it exists.
fn write_file_utf8(ctx: Ctx<'_>, path: String, data: String, flag: String, mode: u32) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).mode(mode);
    match flag.as_str() {
        "a" => opts.append(true),
        "ax" => opts.append(true).create_new(true),
        "wx" => opts.truncate(true).create_new(true),
        _ => opts.truncate(true),
    };
    let mut file = opts.open(&path).map_err(|e| sys_err(&ctx, e, "open", &path, None))?;
    file.write_all(data.as_bytes()).map_err(|e| sys_err(&ctx, e, "write", &path, None))
}

/// `mkdir(path, recursive, mode)`: returns the first directory created when recursive.
fn mkdir(ctx: Ctx<'_>, path: String, recursive: bool, mode: u32) -> Result<Option<String>> {
    use std::os::unix::fs::DirBuilderExt;
    if !recursive {
        return std::fs::DirBuilder::new()
            .mode(mode)
            .create(&path)
            .map(|_| None)
            .map_err(|e| sys_err(&ctx, e, "mkdir", &path, None));
    }
    let target = std::path::Path::new(&path);
    let first = target.ancestors().filter(|p| !p.as_os_str().is_empty() && !p.exists()).last().map(|p| p.to_string_lossy().into_owned());
    std::fs::DirBuilder::new()
        .mode(mode)
        .recursive(true)
        .create(&path)
        .map_err(|e| sys_err(&ctx, e, "mkdir", &path, None))?;
    Ok(first)
}

/// `mkdtemp(prefix)`: creates `<prefix>XXXXXX` and returns its path.
fn mkdtemp(ctx: Ctx<'_>, prefix: String) -> Result<String> {
    let template = std::ffi::CString::new(format!("{prefix}XXXXXX")).map_err(|_| throw_uv(&ctx, -libc::EINVAL, "mkdtemp", Some(&prefix), None))?;
    let raw = template.into_raw();
    let res = unsafe { libc::mkdtemp(raw) };
    let created = unsafe { std::ffi::CString::from_raw(raw) };
    if res.is_null() {
        let e = std::io::Error::last_os_error();
        return Err(throw_uv(&ctx, uv::errno_of(&e), "mkdtemp", Some(&format!("{prefix}XXXXXX")), None));
    }
    Ok(created.to_string_lossy().into_owned())
}

/// `rm(path, recursive, force)`: removes a file, or a directory tree when recursive.
fn rm(ctx: Ctx<'_>, path: String, recursive: bool, force: bool) -> Result<()> {
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if force && e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(sys_err(&ctx, e, "lstat", &path, None)),
    };
    let res = if meta.is_dir() {
        if !recursive {
            return Err(throw_uv(&ctx, -libc::EISDIR, "rm", Some(&path), None));
        }
        std::fs::remove_dir_all(&path)
    } else {
        std::fs::remove_file(&path)
    };
    res.map_err(|e| sys_err(&ctx, e, "rm", &path, None))
}

/// `symlink(target, path)`
fn symlink(ctx: Ctx<'_>, target: String, path: String) -> Result<()> {
    std::os::unix::fs::symlink(&target, &path).map_err(|e| sys_err(&ctx, e, "symlink", &target, Some(&path)))
}

/// Writes all of `data` to `fd`, waiting out EAGAIN on non-blocking descriptors.
pub fn write_all(fd: i32, mut data: &[u8]) -> std::result::Result<usize, i32> {
    let total = data.len();
    while !data.is_empty() {
        let n = unsafe { libc::write(fd, data.as_ptr() as *const _, data.len()) };
        if n >= 0 {
            data = &data[n as usize..];
            continue;
        }
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
        match errno {
            libc::EINTR => continue,
            libc::EAGAIN => {
                let mut pfd = libc::pollfd { fd, events: libc::POLLOUT, revents: 0 };
                unsafe { libc::poll(&mut pfd, 1, -1) };
            }
            _ => return Err(-errno),
        }
    }
    Ok(total)
}

/// `writeString(fd, string)`: synchronous, returns bytes written.
fn write_string(ctx: Ctx<'_>, fd: i32, s: String) -> Result<usize> {
    write_all(fd, s.as_bytes()).map_err(|errno| throw_uv(&ctx, errno, "write", None, None))
}

/// `writeBuffer(fd, uint8array)`: synchronous, returns bytes written.
fn write_buffer<'js>(ctx: Ctx<'js>, fd: i32, buf: TypedArray<'js, u8>) -> Result<usize> {
    let bytes = buf.as_bytes().unwrap_or(&[]);
    write_all(fd, bytes).map_err(|errno| throw_uv(&ctx, errno, "write", None, None))
}

/// `readFileUtf8Async(path, callback)`: callback(err, string) from the poll phase.
fn read_file_utf8_async<'js>(ctx: Ctx<'js>, path: String, cb: Function<'js>) {
    let cb = Persistent::save(&ctx, cb);
    let p = path.clone();
    event_loop::spawn(
        async move { tokio::task::spawn_blocking(move || std::fs::read(&p)).await },
        move |ctx, res| {
            let cb = cb.restore(ctx)?;
            match res {
                Ok(Ok(bytes)) => {
                    let s = String::from_utf8_lossy(&bytes).into_owned();
                    cb.call::<_, ()>((Value::new_null(ctx.clone()), s))
                }
                Ok(Err(e)) => {
                    let err = uv::exception(ctx, uv::errno_of(&e), "open", Some(&path), None)?;
                    cb.call::<_, ()>((err,))
                }
                Err(_) => cb.call::<_, ()>((uv::exception(ctx, -4094, "open", Some(&path), None)?,)),
            }
        },
    );
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("internalModuleStat", Function::new(ctx.clone(), internal_module_stat)?)?;
    target.set("readFileUtf8", Function::new(ctx.clone(), read_file_utf8)?)?;
    target.set("realpath", Function::new(ctx.clone(), realpath)?)?;
    target.set("writeString", Function::new(ctx.clone(), write_string)?)?;
    target.set("writeBuffer", Function::new(ctx.clone(), write_buffer)?)?;
    target.set("readFileUtf8Async", Function::new(ctx.clone(), read_file_utf8_async)?)?;
    target.set("writeFileUtf8", Function::new(ctx.clone(), write_file_utf8)?)?;
    target.set("mkdir", Function::new(ctx.clone(), mkdir)?)?;
    target.set("mkdtemp", Function::new(ctx.clone(), mkdtemp)?)?;
    target.set("rm", Function::new(ctx.clone(), rm)?)?;
    target.set("symlink", Function::new(ctx.clone(), symlink)?)?;
    Ok(())
}
