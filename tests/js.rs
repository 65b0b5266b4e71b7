//! Runs every JS test under tests/js/ with the oxnode binary, in parallel, each with a timeout.
//! A test passes when it exits 0 and, if `<name>.out` exists beside it, prints exactly that.
//! `cargo test --release --test js -- <filter>` runs only tests whose path contains <filter>.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            if name != "common" && name != "fixtures" && name != "node_modules" {
                collect(&p, out);
            }
        } else if name.starts_with("test-") && name.ends_with(".js") {
            out.push(p);
        }
    }
}

/// Runs one test; returns a failure description, or None when it passed.
fn run_one(bin: &Path, test: &Path) -> Option<String> {
    let dir = test.parent().unwrap();
    let mut child = Command::new(bin)
        .arg(test.file_name().unwrap())
        .current_dir(dir)
        .env_remove("NODE_OPTIONS")
        .env_remove("NODE_EXTRA_CA_CERTS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))
        .ok()?;
    let start = Instant::now();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err_reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let Some(status) = status else {
        return Some(format!("timed out after {TIMEOUT:?}\nstderr:\n{stderr}"));
    };
    if !status.success() {
        return Some(format!("exit status {status}\nstdout:\n{stdout}\nstderr:\n{stderr}"));
    }
    let golden = test.with_extension("out");
    if let Ok(expected) = std::fs::read_to_string(&golden) {
        if expected != stdout {
            return Some(format!("stdout differs from {}:\n{}", golden.display(), diff(&expected, &stdout)));
        }
    }
    None
}

/// A test whose header has a `// skip: <reason>` line is reported as skipped with that reason.
fn skip_reason(test: &Path) -> Option<String> {
    let text = std::fs::read_to_string(test).ok()?;
    text.lines().take(5).find_map(|l| l.strip_prefix("// skip: ").map(str::to_string))
}

fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<_> = expected.lines().collect();
    let a: Vec<_> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out += &format!("  line {}:\n  - {}\n  + {}\n", i + 1, x.unwrap_or(&"<none>"), y.unwrap_or(&"<none>"));
            if out.len() > 4000 {
                break;
            }
        }
    }
    if out.is_empty() {
        out = "  (differs only in trailing newline)\n".into();
    }
    out
}

fn main() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_oxnode"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js");
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let mut tests = Vec::new();
    collect(&root, &mut tests);
    tests.retain(|t| filter.is_empty() || filter.iter().any(|f| t.to_string_lossy().contains(f.as_str())));
    let queue = Arc::new(Mutex::new(tests.clone()));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) * 2;
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (queue, failures, bin, root) = (queue.clone(), failures.clone(), bin.clone(), root.clone());
            std::thread::spawn(move || loop {
                let Some(test) = queue.lock().unwrap().pop() else { break };
                let name = test.strip_prefix(&root).unwrap_or(&test).display().to_string();
                if let Some(reason) = skip_reason(&test) {
                    println!("skip {name}: {reason}");
                    continue;
                }
                match run_one(&bin, &test) {
                    None => println!("ok   {name}"),
                    Some(why) => {
                        println!("FAIL {name}");
                        failures.lock().unwrap().push((name, why));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let failures = failures.lock().unwrap();
    for (name, why) in failures.iter() {
        println!("\n==== {name}\n{why}");
    }
    println!("\n{} tests, {} failed", tests.len(), failures.len());
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
