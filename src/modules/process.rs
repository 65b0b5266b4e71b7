//! `internalBinding('process')`: the native half of the `process` object (lib/internal/bootstrap/node.js)
//! and the hooks through which the event loop calls back into JS.

use crate::runtime::{event_loop, options};
use crate::modules::uv;
use rquickjs::{Array, BigInt, Ctx, Function, Object, Persistent, Result};
use std::sync::OnceLock;
use std::time::Instant;

/// When the process started, for `process.uptime()`.
static STARTED: OnceLock<Instant> = OnceLock::new();

pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

fn list<'js>(ctx: &Ctx<'js>, items: &[String]) -> Result<Array<'js>> {
    let arr = Array::new(ctx.clone())?;
    for (i, s) in items.iter().enumerate() {
        arr.set(i, s.as_str())?;
    }
    Ok(arr)
}

/// Throws the Node-shaped error for a failed system call.
pub fn throw_uv<'js>(ctx: &Ctx<'js>, errno: i32, syscall: &str, path: Option<&str>, dest: Option<&str>) -> rquickjs::Error {
    match uv::exception(ctx, errno, syscall, path, dest) {
        Ok(err) => ctx.throw(err),
        Err(e) => e,
    }
}

fn cwd(ctx: Ctx<'_>) -> Result<String> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| throw_uv(&ctx, uv::errno_of(&e), "uv_cwd", None, None))
}

fn chdir(ctx: Ctx<'_>, dir: String) -> Result<()> {
    std::env::set_current_dir(&dir).map_err(|e| {
        let from = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        throw_uv(&ctx, uv::errno_of(&e), "chdir", Some(&from), Some(&dir))
    })
}

fn monotonic_ns() -> u128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// `hrtime()`: `[seconds, nanoseconds]` of a monotonic clock.
fn hrtime(ctx: Ctx<'_>) -> Result<Array<'_>> {
    let ns = monotonic_ns();
    let arr = Array::new(ctx)?;
    arr.set(0, (ns / 1_000_000_000) as f64)?;
    arr.set(1, (ns % 1_000_000_000) as f64)?;
    Ok(arr)
}

fn hrtime_bigint(ctx: Ctx<'_>) -> Result<BigInt<'_>> {
    BigInt::from_u64(ctx, monotonic_ns() as u64)
}

/// `performanceNow()`: ms since the process started, sub-ms precision.
fn performance_now() -> f64 {
    STARTED.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

fn uptime() -> f64 {
    STARTED.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// Resident set size in bytes, from /proc/self/statm.
pub fn rss() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|v| v.parse::<f64>().ok()))
        .unwrap_or(0.0);
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64
}

/// `memoryUsage()`: `{ rss, heapTotal, heapUsed, external, arrayBuffers }` from QuickJS's allocator.
fn memory_usage(ctx: Ctx<'_>) -> Result<Object<'_>> {
    let mut usage = std::mem::MaybeUninit::<rquickjs::qjs::JSMemoryUsage>::zeroed();
    let usage = unsafe {
        let rt = rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        rquickjs::qjs::JS_ComputeMemoryUsage(rt, usage.as_mut_ptr());
        usage.assume_init()
    };
    let o = Object::new(ctx)?;
    o.set("rss", rss())?;
    o.set("heapTotal", usage.malloc_size as f64)?;
    o.set("heapUsed", usage.memory_used_size as f64)?;
    o.set("external", usage.binary_object_size as f64)?;
    o.set("arrayBuffers", usage.binary_object_size as f64)?;
    Ok(o)
}

fn rusage() -> libc::rusage {
    let mut ru = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    unsafe {
        libc::getrusage(libc::RUSAGE_SELF, ru.as_mut_ptr());
        ru.assume_init()
    }
}

fn micros(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 * 1e6 + tv.tv_usec as f64
}

/// `cpuUsage()`: `[user, system]` in microseconds.
fn cpu_usage(ctx: Ctx<'_>) -> Result<Array<'_>> {
    let ru = rusage();
    let arr = Array::new(ctx)?;
    arr.set(0, micros(ru.ru_utime))?;
    arr.set(1, micros(ru.ru_stime))?;
    Ok(arr)
}

/// `resourceUsage()`: getrusage(2) with node's field names.
fn resource_usage(ctx: Ctx<'_>) -> Result<Object<'_>> {
    let ru = rusage();
    let o = Object::new(ctx)?;
    o.set("userCPUTime", micros(ru.ru_utime))?;
    o.set("systemCPUTime", micros(ru.ru_stime))?;
    o.set("maxRSS", ru.ru_maxrss as f64)?;
    o.set("sharedMemorySize", ru.ru_ixrss as f64)?;
    o.set("unsharedDataSize", ru.ru_idrss as f64)?;
    o.set("unsharedStackSize", ru.ru_isrss as f64)?;
    o.set("minorPageFault", ru.ru_minflt as f64)?;
    o.set("majorPageFault", ru.ru_majflt as f64)?;
    o.set("swappedOut", ru.ru_nswap as f64)?;
    o.set("fsRead", ru.ru_inblock as f64)?;
    o.set("fsWrite", ru.ru_oublock as f64)?;
    o.set("ipcSent", ru.ru_msgsnd as f64)?;
    o.set("ipcReceived", ru.ru_msgrcv as f64)?;
    o.set("signalsCount", ru.ru_nsignals as f64)?;
    o.set("voluntaryContextSwitches", ru.ru_nvcsw as f64)?;
    o.set("involuntaryContextSwitches", ru.ru_nivcsw as f64)?;
    Ok(o)
}

/// `kill(pid, signal)`: 0 on success, else a negative errno.
fn kill(pid: i32, sig: i32) -> i32 {
    if unsafe { libc::kill(pid, sig) } == 0 {
        0
    } else {
        -std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL)
    }
}

/// `umask(mask?)`: sets the mask when given; returns the previous one.
fn umask(mask: rquickjs::function::Opt<u32>) -> u32 {
    unsafe {
        match mask.0 {
            Some(m) => libc::umask(m as libc::mode_t) as u32,
            None => {
                let old = libc::umask(0);
                libc::umask(old);
                old as u32
            }
        }
    }
}

fn getgroups(ctx: Ctx<'_>) -> Result<Array<'_>> {
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    let mut groups = vec![0 as libc::gid_t; n.max(0) as usize];
    let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    let arr = Array::new(ctx)?;
    for (i, g) in groups.iter().take(n.max(0) as usize).enumerate() {
        arr.set(i, *g)?;
    }
    Ok(arr)
}

/// `reallyExit(code)`: ends the process now; stdout/stderr writes are synchronous, so nothing is lost.
fn really_exit(code: i32) {
    std::process::exit(code)
}

fn getenv(name: String) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

fn setenv(name: String, value: String) {
    if !name.is_empty() && !name.contains('=') && !name.contains('\0') && !value.contains('\0') {
        std::env::set_var(name, value);
    }
}

fn unsetenv(name: String) {
    if !name.is_empty() && !name.contains('=') && !name.contains('\0') {
        std::env::remove_var(name);
    }
}

fn env_keys(ctx: Ctx<'_>) -> Result<Array<'_>> {
    let keys: Vec<String> = std::env::vars_os().map(|(k, _)| k.to_string_lossy().into_owned()).collect();
    list(&ctx, &keys)
}

fn get_title() -> String {
    std::fs::read_to_string("/proc/self/comm").map(|s| s.trim_end().to_string()).unwrap_or_default()
}

fn set_title(title: String) {
    let name = std::ffi::CString::new(title.replace('\0', "")).unwrap_or_default();
    unsafe { libc::prctl(libc::PR_SET_NAME, name.as_ptr() as libc::c_ulong, 0, 0, 0) };
}

/// `setupTaskQueue(processTicksAndRejections)`
fn setup_task_queue<'js>(ctx: Ctx<'js>, f: Function<'js>) {
    event_loop::current().hooks.borrow_mut().process_ticks = Some(Persistent::save(&ctx, f));
}

/// `setLoopHooks(triggerUncaughtException, emitBeforeExit, emitExit)`
fn set_loop_hooks<'js>(ctx: Ctx<'js>, uncaught: Function<'js>, before_exit: Function<'js>, exit: Function<'js>) {
    let st = event_loop::current();
    let mut hooks = st.hooks.borrow_mut();
    hooks.trigger_uncaught = Some(Persistent::save(&ctx, uncaught));
    hooks.emit_before_exit = Some(Persistent::save(&ctx, before_exit));
    hooks.emit_exit = Some(Persistent::save(&ctx, exit));
}

fn set_tick_scheduled(v: bool) {
    event_loop::current().set_tick_scheduled(v);
}

fn run_microtasks(ctx: Ctx<'_>) {
    event_loop::run_microtasks(&ctx);
}

/// `takeRejections()`: `[kind, promise, reason, ...]` flattened; kind 0 = unhandled, 1 = handled later.
fn take_rejections(ctx: Ctx<'_>) -> Result<Array<'_>> {
    let st = event_loop::current();
    let taken: Vec<_> = st.rejections.borrow_mut().drain(..).collect();
    let arr = Array::new(ctx.clone())?;
    for (i, (kind, promise, reason)) in taken.into_iter().enumerate() {
        arr.set(i * 3, kind)?;
        arr.set(i * 3 + 1, promise.restore(&ctx)?)?;
        arr.set(i * 3 + 2, reason.restore(&ctx)?)?;
    }
    Ok(arr)
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        "powerpc64" => "ppc64",
        other => other,
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    let opts = options::get();
    target.set("argv", list(ctx, &opts.argv)?)?;
    target.set("execArgv", list(ctx, &opts.exec_argv)?)?;
    target.set("execPath", opts.exec_path.as_str())?;
    target.set("argv0", opts.argv0.as_str())?;
    target.set("pid", std::process::id())?;
    target.set("ppid", unsafe { libc::getppid() })?;
    target.set("arch", arch())?;
    target.set("platform", std::env::consts::OS)?;
    target.set("oxnodeVersion", env!("CARGO_PKG_VERSION"))?;
    target.set("quickjsVersion", "0.11.0")?;
    target.set("uid", unsafe { libc::getuid() })?;
    target.set("euid", unsafe { libc::geteuid() })?;
    target.set("gid", unsafe { libc::getgid() })?;
    target.set("egid", unsafe { libc::getegid() })?;

    target.set("cwd", Function::new(ctx.clone(), cwd)?)?;
    target.set("chdir", Function::new(ctx.clone(), chdir)?)?;
    target.set("hrtime", Function::new(ctx.clone(), hrtime)?)?;
    target.set("hrtimeBigInt", Function::new(ctx.clone(), hrtime_bigint)?)?;
    target.set("uptime", Function::new(ctx.clone(), uptime)?)?;
    target.set("performanceNow", Function::new(ctx.clone(), performance_now)?)?;
    let origin = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0 - performance_now())
        .unwrap_or(0.0);
    target.set("timeOrigin", origin)?;
    target.set("memoryUsage", Function::new(ctx.clone(), memory_usage)?)?;
    target.set("rss", Function::new(ctx.clone(), rss)?)?;
    target.set("cpuUsage", Function::new(ctx.clone(), cpu_usage)?)?;
    target.set("resourceUsage", Function::new(ctx.clone(), resource_usage)?)?;
    target.set("kill", Function::new(ctx.clone(), kill)?)?;
    target.set("umask", Function::new(ctx.clone(), umask)?)?;
    target.set("getgroups", Function::new(ctx.clone(), getgroups)?)?;
    target.set("reallyExit", Function::new(ctx.clone(), really_exit)?)?;
    target.set("getenv", Function::new(ctx.clone(), getenv)?)?;
    target.set("setenv", Function::new(ctx.clone(), setenv)?)?;
    target.set("unsetenv", Function::new(ctx.clone(), unsetenv)?)?;
    target.set("envKeys", Function::new(ctx.clone(), env_keys)?)?;
    target.set("getTitle", Function::new(ctx.clone(), get_title)?)?;
    target.set("setTitle", Function::new(ctx.clone(), set_title)?)?;
    target.set("setupTaskQueue", Function::new(ctx.clone(), setup_task_queue)?)?;
    target.set("setLoopHooks", Function::new(ctx.clone(), set_loop_hooks)?)?;
    target.set("setTickScheduled", Function::new(ctx.clone(), set_tick_scheduled)?)?;
    target.set("runMicrotasks", Function::new(ctx.clone(), run_microtasks)?)?;
    target.set("takeRejections", Function::new(ctx.clone(), take_rejections)?)?;
    Ok(())
}
