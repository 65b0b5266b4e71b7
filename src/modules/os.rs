//! `internalBinding('os')`: the native half of Node's `os` module, read straight from libc and /proc.
//!
//! Calls that can fail take a `ctx` object from JS and, on failure, set `ctx.errno` (negative, as
//! libuv reports it) and `ctx.syscall`; lib/os.js turns that into Node's ERR_SYSTEM_ERROR.

use rquickjs::{Ctx, Function, Object, Result, Value};
use std::ffi::CStr;
use std::net::{Ipv4Addr, Ipv6Addr};

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL)
}

fn fail<'js>(ctx_obj: &Object<'js>, err: i32, syscall: &str) -> Result<()> {
    ctx_obj.set("errno", -err)?;
    ctx_obj.set("syscall", syscall)
}

fn c_field(chars: &[libc::c_char]) -> String {
    // uname/gethostname fill NUL-terminated arrays; stop at the NUL.
    let bytes: Vec<u8> = chars.iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// getHostname(ctx) -> string | undefined
fn get_hostname<'js>(ctx_obj: Object<'js>) -> Result<Option<String>> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: buf is writable for its full length.
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len()) } != 0 {
        fail(&ctx_obj, errno(), "uv_os_gethostname")?;
        return Ok(None);
    }
    Ok(Some(c_field(&buf)))
}

/// getOSInformation(ctx) -> [sysname, version, release, machine] | undefined
fn get_os_information<'js>(ctx_obj: Object<'js>) -> Result<Option<Vec<String>>> {
    // SAFETY: utsname is plain old data; uname fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        fail(&ctx_obj, errno(), "uv_os_uname")?;
        return Ok(None);
    }
    Ok(Some(vec![c_field(&u.sysname), c_field(&u.version), c_field(&u.release), c_field(&u.machine)]))
}

/// The passwd entry of `uid`: (name, dir, shell, uid, gid).
fn passwd(uid: libc::uid_t) -> std::result::Result<(Vec<u8>, Vec<u8>, Vec<u8>, u32, u32), i32> {
    let mut buf = vec![0 as libc::c_char; 4096];
    loop {
        // SAFETY: pw and result are written by getpwuid_r; strings point into buf, copied before it drops.
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result) };
        if rc == libc::ERANGE && buf.len() < (1 << 20) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 {
            return Err(rc);
        }
        if result.is_null() {
            return Err(libc::ENOENT);
        }
        let s = |p: *const libc::c_char| if p.is_null() { Vec::new() } else { unsafe { CStr::from_ptr(p) }.to_bytes().to_vec() };
        return Ok((s(pw.pw_name), s(pw.pw_dir), s(pw.pw_shell), pw.pw_uid, pw.pw_gid));
    }
}

/// getHomeDirectory(ctx) -> string | undefined ($HOME first, then the passwd entry, like libuv)
fn get_home_directory<'js>(ctx_obj: Object<'js>) -> Result<Option<String>> {
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        return Ok(Some(home.to_string_lossy().into_owned()));
    }
    // SAFETY: geteuid has no preconditions.
    match passwd(unsafe { libc::geteuid() }) {
        Ok((_, dir, ..)) => Ok(Some(String::from_utf8_lossy(&dir).into_owned())),
        Err(e) => {
            fail(&ctx_obj, e, "uv_os_homedir")?;
            Ok(None)
        }
    }
}

/// getUserInfo(ctx) -> [uid, gid, username, homedir, shell] | undefined (strings as byte arrays
/// so lib/os.js can honour `encoding`)
fn get_user_info<'js>(ctx: Ctx<'js>, ctx_obj: Object<'js>) -> Result<Value<'js>> {
    // SAFETY: geteuid has no preconditions.
    match passwd(unsafe { libc::geteuid() }) {
        Ok((name, dir, shell, uid, gid)) => {
            let arr = rquickjs::Array::new(ctx.clone())?;
            arr.set(0, uid)?;
            arr.set(1, gid)?;
            arr.set(2, name)?;
            arr.set(3, dir)?;
            arr.set(4, shell)?;
            Ok(arr.into_value())
        }
        Err(e) => {
            fail(&ctx_obj, e, "uv_os_get_passwd")?;
            Ok(Value::new_undefined(ctx))
        }
    }
}

/// getUptime() -> seconds since boot, from /proc/uptime
fn get_uptime() -> f64 {
    std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or(0.0)
}

fn meminfo(key: &str) -> f64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':').map(str::trim))
        .and_then(|v| v.trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb * 1024.0)
        .unwrap_or(0.0)
}

/// getTotalMem() -> bytes (MemTotal)
fn get_total_mem() -> f64 {
    meminfo("MemTotal")
}

/// getFreeMem() -> bytes (MemAvailable, as libuv reports it)
fn get_free_mem() -> f64 {
    meminfo("MemAvailable")
}

/// getLoadAvg() -> [1, 5, 15 minute load averages]
fn get_load_avg() -> Vec<f64> {
    let mut avg = [0f64; 3];
    // SAFETY: avg has room for the three values requested.
    if unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) } != 3 {
        return vec![0.0, 0.0, 0.0];
    }
    avg.to_vec()
}

/// getCPUs() -> flat list of [model, speed, user, nice, sys, idle, irq] per CPU (times in ms)
fn get_cpus_flat<'js>(ctx: Ctx<'js>) -> Result<rquickjs::Array<'js>> {
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let ms_per_tick = 1000.0 / ticks;
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<String> = cpuinfo
        .lines()
        .filter_map(|l| l.strip_prefix("model name").map(|r| r.trim_start().trim_start_matches(':').trim().to_owned()))
        .collect();
    let arr = rquickjs::Array::new(ctx)?;
    let mut n = 0;
    for line in stat.lines() {
        // "cpuN ..." lines only; "cpu " is the all-CPU total.
        let Some(rest) = line.strip_prefix("cpu").filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) else {
            continue;
        };
        let mut fields = rest.split_whitespace();
        let Some(id) = fields.next().and_then(|f| f.parse::<usize>().ok()) else { continue };
        let t: Vec<f64> = fields.map(|f| f.parse::<f64>().unwrap_or(0.0) * ms_per_tick).collect();
        let at = |i: usize| t.get(i).copied().unwrap_or(0.0);
        let model = models.get(id).or(models.first()).cloned().unwrap_or_else(|| "unknown".to_owned());
        let speed = std::fs::read_to_string(format!("/sys/devices/system/cpu/cpu{id}/cpufreq/scaling_cur_freq"))
            .ok()
            .and_then(|s| s.trim().parse::<f64>().ok())
            .map(|khz| (khz / 1000.0).floor())
            .unwrap_or(0.0);
        arr.set(n, model)?;
        arr.set(n + 1, speed)?;
        arr.set(n + 2, at(0))?;
        arr.set(n + 3, at(1))?;
        arr.set(n + 4, at(2))?;
        arr.set(n + 5, at(3))?;
        arr.set(n + 6, at(5))?;
        n += 7;
    }
    Ok(arr)
}

/// getAvailableParallelism() -> CPUs this process may run on
fn get_available_parallelism() -> u32 {
    // SAFETY: set is plain data that sched_getaffinity fills.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0 {
            let n = libc::CPU_COUNT(&set);
            if n > 0 {
                return n as u32;
            }
        }
        libc::sysconf(libc::_SC_NPROCESSORS_ONLN).max(1) as u32
    }
}

fn mac_string(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// getInterfaceAddresses(ctx) -> flat [name, address, netmask, family, mac, internal, scopeid, ...] | undefined
fn get_interface_addresses<'js>(ctx: Ctx<'js>, ctx_obj: Object<'js>) -> Result<Value<'js>> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates a list we free below with freeifaddrs.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        fail(&ctx_obj, errno(), "uv_interface_addresses")?;
        return Ok(Value::new_undefined(ctx));
    }
    let mut macs: Vec<(String, String)> = Vec::new();
    let mut entries = Vec::new();
    let mut cur = head;
    while !cur.is_null() {
        // SAFETY: cur walks the list getifaddrs returned; each node and its addresses stay valid until freeifaddrs.
        let ifa = unsafe { &*cur };
        cur = ifa.ifa_next;
        let up = ifa.ifa_flags & (libc::IFF_UP as u32) != 0 && ifa.ifa_flags & (libc::IFF_RUNNING as u32) != 0;
        if !up || ifa.ifa_addr.is_null() {
            continue;
        }
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }.to_string_lossy().into_owned();
        let family = unsafe { (*ifa.ifa_addr).sa_family } as i32;
        let internal = ifa.ifa_flags & (libc::IFF_LOOPBACK as u32) != 0;
        match family {
            libc::AF_PACKET => {
                let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
                let len = (ll.sll_halen as usize).min(6);
                let mut mac = [0u8; 6];
                mac[..len].copy_from_slice(&ll.sll_addr[..len]);
                macs.push((name, mac_string(&mac)));
            }
            libc::AF_INET => {
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in) };
                let addr = Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
                let mask = if ifa.ifa_netmask.is_null() {
                    Ipv4Addr::UNSPECIFIED
                } else {
                    let m = unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in) };
                    Ipv4Addr::from(u32::from_be(m.sin_addr.s_addr))
                };
                entries.push((name, addr.to_string(), mask.to_string(), "IPv4", internal, -1i64));
            }
            libc::AF_INET6 => {
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in6) };
                let addr = Ipv6Addr::from(a.sin6_addr.s6_addr);
                let mask = if ifa.ifa_netmask.is_null() {
                    Ipv6Addr::UNSPECIFIED
                } else {
                    let m = unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in6) };
                    Ipv6Addr::from(m.sin6_addr.s6_addr)
                };
                entries.push((name, addr.to_string(), mask.to_string(), "IPv6", internal, a.sin6_scope_id as i64));
            }
            _ => {}
        }
    }
    // SAFETY: head came from getifaddrs and is freed exactly once.
    unsafe { libc::freeifaddrs(head) };
    let arr = rquickjs::Array::new(ctx.clone())?;
    let mut i = 0;
    for (name, addr, mask, family, internal, scope) in entries {
        let mac = macs.iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone()).unwrap_or_else(|| mac_string(&[0; 6]));
        arr.set(i, name)?;
        arr.set(i + 1, addr)?;
        arr.set(i + 2, mask)?;
        arr.set(i + 3, family)?;
        arr.set(i + 4, mac)?;
        arr.set(i + 5, internal)?;
        arr.set(i + 6, scope)?;
        i += 7;
    }
    Ok(arr.into_value())
}

/// getPriority(pid, ctx) -> priority | undefined
fn get_priority<'js>(pid: i32, ctx_obj: Object<'js>) -> Result<Option<i32>> {
    // SAFETY: errno is cleared first because -1 is also a valid priority.
    unsafe { *libc::__errno_location() = 0 };
    let prio = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t) };
    if prio == -1 && errno() != 0 {
        fail(&ctx_obj, errno(), "uv_os_getpriority")?;
        return Ok(None);
    }
    Ok(Some(prio))
}

/// setPriority(pid, priority, ctx) -> 0 | undefined
fn set_priority<'js>(pid: i32, priority: i32, ctx_obj: Object<'js>) -> Result<Option<i32>> {
    // SAFETY: setpriority has no memory preconditions.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, priority) } != 0 {
        fail(&ctx_obj, errno(), "uv_os_setpriority")?;
        return Ok(None);
    }
    Ok(Some(0))
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("getHostname", Function::new(ctx.clone(), get_hostname)?)?;
    target.set("getOSInformation", Function::new(ctx.clone(), get_os_information)?)?;
    target.set("getHomeDirectory", Function::new(ctx.clone(), get_home_directory)?)?;
    target.set("getUserInfo", Function::new(ctx.clone(), get_user_info)?)?;
    target.set("getUptime", Function::new(ctx.clone(), get_uptime)?)?;
    target.set("getTotalMem", Function::new(ctx.clone(), get_total_mem)?)?;
    target.set("getFreeMem", Function::new(ctx.clone(), get_free_mem)?)?;
    target.set("getLoadAvg", Function::new(ctx.clone(), get_load_avg)?)?;
    target.set("getCPUs", Function::new(ctx.clone(), get_cpus_flat)?)?;
    target.set("getAvailableParallelism", Function::new(ctx.clone(), get_available_parallelism)?)?;
    target.set("getInterfaceAddresses", Function::new(ctx.clone(), get_interface_addresses)?)?;
    target.set("getPriority", Function::new(ctx.clone(), get_priority)?)?;
    target.set("setPriority", Function::new(ctx.clone(), set_priority)?)?;
    Ok(())
}
