//! Node's command line: `oxnode [options] [script.js | -e code | -p code | -] [arguments]`.
//! Options may also come from `NODE_OPTIONS`; those do not show in `process.execArgv`.

use std::sync::OnceLock;

/// The version of node whose behaviour oxnode reproduces (`process.version`).
pub const NODE_VERSION: &str = "v20.20.2";

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// Run `process.argv[1]` as the main module.
    Script,
    /// `-e` / `-p`: run this source (`print`: also print its completion value).
    Eval { source: String, print: bool },
    /// `-` or no script with stdin not a TTY: read the program from stdin.
    Stdin,
    /// `-c` / `--check`: syntax-check the script only.
    Check,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub exec_path: String,
    pub argv0: String,
    /// What JS sees as `process.argv` (execPath first; the script path is made absolute in JS).
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub mode: Mode,
    /// Every option seen, as (name, value): `("--no-warnings", "")`, `("--require", "x")`.
    pub values: Vec<(String, String)>,
}

/// What the command line asked for before running anything.
pub enum Parsed {
    Run(Options),
    Exit { code: i32, stdout: String, stderr: String },
}

static OPTIONS: OnceLock<Options> = OnceLock::new();

pub fn set(opts: Options) {
    let _ = OPTIONS.set(opts);
}

pub fn get() -> &'static Options {
    OPTIONS.get().expect("options are set before the runtime starts")
}

/// Options that take a value (`--name value` or `--name=value`).
const WITH_VALUE: &[&str] = &[
    "--eval", "--print", "--require", "--import", "--loader", "--experimental-loader", "--conditions",
    "--input-type", "--unhandled-rejections", "--title", "--max-old-space-size", "--max-semi-space-size",
    "--stack-size", "--env-file", "--inspect-port", "--debug-port", "--dns-result-order", "--max-http-header-size",
    "--disable-proto", "--icu-data-dir", "--openssl-config", "--tls-cipher-list", "--tls-keylog", "--secure-heap",
    "--secure-heap-min", "--heapsnapshot-signal", "--heapsnapshot-near-heap-limit", "--diagnostic-dir",
    "--report-dir", "--report-directory", "--report-filename", "--report-signal", "--redirect-warnings",
    "--trace-event-categories", "--trace-event-file-pattern", "--watch-path", "--test-reporter",
    "--test-reporter-destination", "--test-name-pattern", "--test-concurrency", "--experimental-policy",
    "--policy-integrity", "--experimental-default-type", "--es-module-specifier-resolution",
    "--experimental-specifier-resolution", "--cpu-prof-dir", "--cpu-prof-name", "--cpu-prof-interval",
    "--heap-prof-dir", "--heap-prof-name", "--heap-prof-interval", "--stack-trace-limit",
];

/// Boolean options node accepts (each also as `--no-<name>` where node allows it).
const FLAGS: &[&str] = &[
    "--no-warnings", "--warnings", "--no-deprecation", "--deprecation", "--trace-deprecation",
    "--throw-deprecation", "--pending-deprecation", "--trace-warnings", "--trace-uncaught", "--trace-exit",
    "--trace-sync-io", "--trace-sigint", "--trace-tls", "--expose-gc", "--expose-internals",
    "--enable-source-maps", "--abort-on-uncaught-exception", "--preserve-symlinks", "--preserve-symlinks-main",
    "--zero-fill-buffers", "--frozen-intrinsics", "--insecure-http-parser", "--use-openssl-ca",
    "--use-bundled-ca", "--force-fips", "--enable-fips", "--jitless", "--no-addons", "--addons",
    "--no-global-search-paths", "--global-search-paths", "--experimental-vm-modules",
    "--experimental-import-meta-resolve", "--experimental-network-imports", "--experimental-wasm-modules",
    "--experimental-json-modules", "--experimental-top-level-await", "--experimental-abortcontroller",
    "--experimental-global-webcrypto", "--experimental-global-customevent", "--experimental-fetch",
    "--no-experimental-fetch", "--no-experimental-global-webcrypto", "--no-experimental-global-customevent",
    "--experimental-websocket", "--experimental-permission", "--experimental-detect-module",
    "--experimental-require-module", "--experimental-sea-config", "--experimental-shadow-realm",
    "--experimental-report", "--experimental-repl-await", "--no-experimental-repl-await",
    "--experimental-worker", "--experimental-modules", "--experimental-test-coverage",
    "--no-force-async-hooks-checks", "--force-context-aware", "--node-memory-debug", "--verify-base-objects",
    "--tls-min-v1.0", "--tls-min-v1.1", "--tls-min-v1.2", "--tls-min-v1.3", "--tls-max-v1.2", "--tls-max-v1.3",
    "--report-on-fatalerror", "--report-on-signal", "--report-uncaught-exception", "--report-compact",
    "--cpu-prof", "--heap-prof", "--prof", "--prof-process", "--inspect", "--inspect-brk", "--inspect-wait",
    "--debug", "--interpreted-frames-native-stack", "--perf-basic-prof", "--perf-prof", "--harmony",
    "--allow-natives-syntax", "--expose-externalize-string", "--no-opt", "--max-lazy", "--lazy",
    "--no-extra-info-on-fatal-exception", "--no-node-snapshot", "--build-snapshot", "--watch",
    "--watch-preserve-output", "--test", "--test-only", "--interactive", "--no-experimental-require-module",
    "--experimental-print-required-tla", "--openssl-legacy-provider", "--openssl-shared-config",
    "--no-verify-base-objects",
];

fn help() -> String {
    "Usage: oxnode [options] [ script.js ] [arguments]\n       oxnode [options] -e|-p \"script\" [arguments]\n\n\
Options:\n  -                   script read from stdin (default if no file name is provided)\n\
  --                  indicate the end of node options\n  -c, --check         syntax check script without executing\n\
  -e, --eval script   evaluate script\n  -h, --help          print node command line options\n\
  -p, --print         evaluate script and print result\n  -r, --require       module to preload (option can be repeated)\n\
  -v, --version       print Node.js version\n\nEnvironment variables:\n\
  NODE_OPTIONS        set CLI options in the environment\n  NODE_DEBUG          ','-separated list of core modules that should print debug information\n"
        .to_string()
}

/// Splits `--name=value` into its parts and maps the short forms to long ones.
fn canonical(arg: &str) -> (String, Option<String>) {
    let (name, value) = match arg.split_once('=') {
        Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
        _ => (arg.to_string(), None),
    };
    let long = match name.as_str() {
        "-e" => "--eval",
        "-p" => "--print",
        "-pe" | "-ep" => "--print-eval",
        "-r" => "--require",
        "-C" => "--conditions",
        "-c" => "--check",
        "-i" => "--interactive",
        "-v" => "--version",
        "-h" => "--help",
        other => other,
    };
    // node treats `_` and `-` alike in option names.
    let long = if long.starts_with("--") { format!("--{}", long[2..].replace('_', "-")) } else { long.to_string() };
    (long, value)
}

/// Options node refuses in `NODE_OPTIONS` (they only make sense typed on the command line).
const NOT_IN_ENV: &[&str] = &[
    "--eval", "--print", "--print-eval", "--check", "--help", "--version", "--interactive", "--expose-internals",
    "--test", "--stack-size", "--prof",
];

fn is_known_flag(name: &str) -> bool {
    FLAGS.contains(&name)
        || name.starts_with("--harmony-")
        || name.starts_with("--experimental-")
        || name.starts_with("--no-experimental-")
        || name.starts_with("--inspect")
        || name.starts_with("--trace-")
}

struct Parser {
    exec_argv: Vec<String>,
    values: Vec<(String, String)>,
    eval: Option<(String, bool)>,
    check: bool,
}

impl Parser {
    /// Consumes options from `args` (the command line, or `NODE_OPTIONS` when `from_env`, whose
    /// options do not show in `process.execArgv`); returns the index of the first non-option argument.
    fn options(&mut self, args: &[String], from_env: bool) -> Result<usize, Parsed> {
        let mut i = 0;
        while i < args.len() {
            let arg = &args[i];
            if arg == "--" {
                return Ok(i + 1);
            }
            if arg == "-" || !arg.starts_with('-') {
                return Ok(i);
            }
            let (name, inline) = canonical(arg);
            if from_env && (NOT_IN_ENV.contains(&name.as_str()) || !(WITH_VALUE.contains(&name.as_str()) || is_known_flag(&name))) {
                return Err(not_allowed_in_env(arg));
            }
            let start = i;
            match name.as_str() {
                "--version" => {
                    return Err(Parsed::Exit { code: 0, stdout: format!("{NODE_VERSION}\n"), stderr: String::new() })
                }
                "--help" => return Err(Parsed::Exit { code: 0, stdout: help(), stderr: String::new() }),
                "--check" => self.check = true,
                "--print-eval" | "--eval" | "--print" => {
                    let print = name != "--eval";
                    // `-p` without code right after it prints the `-e` code, as node does.
                    let value = match inline {
                        Some(v) => Some(v),
                        None if name == "--print" && args.get(i + 1).map_or(true, |a| a.starts_with('-')) => None,
                        None => {
                            i += 1;
                            match args.get(i) {
                                Some(v) => Some(v.clone()),
                                None => return Err(requires_argument(arg)),
                            }
                        }
                    };
                    match (value, &mut self.eval) {
                        (Some(v), _) => self.eval = Some((v, print || self.eval.as_ref().is_some_and(|e| e.1))),
                        (None, Some(e)) => e.1 = true,
                        (None, None) => self.eval = Some((String::new(), true)),
                    }
                }
                n if WITH_VALUE.contains(&n) => {
                    let value = match inline {
                        Some(v) => v,
                        None => {
                            i += 1;
                            match args.get(i) {
                                Some(v) => v.clone(),
                                None => return Err(requires_argument(arg)),
                            }
                        }
                    };
                    self.values.push((n.to_string(), value));
                }
                n if is_known_flag(n) => self.values.push((n.to_string(), inline.unwrap_or_default())),
                _ => return Err(bad_option(arg)),
            }
            if !from_env {
                self.exec_argv.extend(args[start..=i].iter().cloned());
            }
            i += 1;
        }
        Ok(i)
    }
}

fn program_name() -> String {
    std::env::args()
        .next()
        .map(|a| std::path::Path::new(&a).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or(a))
        .unwrap_or_else(|| "oxnode".into())
}

fn bad_option(arg: &str) -> Parsed {
    Parsed::Exit { code: 9, stdout: String::new(), stderr: format!("{}: bad option: {arg}\n", program_name()) }
}

/// node names the option as typed, keeping a `=` but not its value (`--eval=`).
fn not_allowed_in_env(arg: &str) -> Parsed {
    let shown = arg.split_once('=').map_or(arg.to_string(), |(name, _)| format!("{name}="));
    Parsed::Exit {
        code: 9,
        stdout: String::new(),
        stderr: format!("{}: {shown} is not allowed in NODE_OPTIONS\n", program_name()),
    }
}

fn requires_argument(name: &str) -> Parsed {
    Parsed::Exit { code: 9, stdout: String::new(), stderr: format!("{}: {name} requires an argument\n", program_name()) }
}

/// Splits NODE_OPTIONS like a shell would for simple quoting.
fn split_env_options(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut has = false;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '"') | (None, '\'') => {
                quote = Some(c);
                has = true;
            }
            (None, c) if c.is_whitespace() => {
                if has || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            (None, c) => cur.push(c),
        }
    }
    if has || !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn parse(args: Vec<String>) -> Parsed {
    let argv0 = args.first().cloned().unwrap_or_else(|| "oxnode".into());
    let exec_path = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| argv0.clone());
    let mut p = Parser { exec_argv: Vec::new(), values: Vec::new(), eval: None, check: false };
    if let Ok(env) = std::env::var("NODE_OPTIONS") {
        let env_args = split_env_options(&env);
        match p.options(&env_args, true) {
            Err(e) => return e,
            Ok(n) if n < env_args.len() => return not_allowed_in_env(&env_args[n]),
            Ok(_) => {}
        }
    }
    let rest = &args[1.min(args.len())..];
    let first = match p.options(rest, false) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let mut argv = vec![exec_path.clone()];
    let positional = &rest[first..];
    let mode = match (p.eval.take(), positional.first()) {
        (Some((source, print)), _) => {
            argv.extend(positional.iter().cloned());
            Mode::Eval { source, print }
        }
        (None, Some(script)) if script != "-" => {
            argv.extend(positional.iter().cloned());
            if p.check {
                Mode::Check
            } else {
                Mode::Script
            }
        }
        // `-` stays in `process.argv`, as in node.
        (None, Some(_)) => {
            argv.extend(positional.iter().cloned());
            Mode::Stdin
        }
        // No REPL: with no script, the program is read from stdin (a TTY too, until EOF).
        (None, None) => Mode::Stdin,
    };
    Parsed::Run(Options { exec_path, argv0, argv, exec_argv: p.exec_argv, mode, values: p.values })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        match parse(args.iter().map(|s| s.to_string()).collect()) {
            Parsed::Run(o) => o,
            Parsed::Exit { stderr, .. } => panic!("exit: {stderr}"),
        }
    }

    #[test]
    fn script_and_arguments() {
        let o = run(&["oxnode", "--no-warnings", "app.js", "--x", "y"]);
        assert_eq!(o.mode, Mode::Script);
        assert_eq!(&o.argv[1..], &["app.js", "--x", "y"]);
        assert_eq!(o.exec_argv, vec!["--no-warnings"]);
    }

    #[test]
    fn eval_and_print() {
        let o = run(&["oxnode", "-p", "1+1", "a"]);
        assert_eq!(o.mode, Mode::Eval { source: "1+1".into(), print: true });
        assert_eq!(&o.argv[1..], &["a"]);
        let o = run(&["oxnode", "-pe", "2"]);
        assert_eq!(o.mode, Mode::Eval { source: "2".into(), print: true });
    }

    #[test]
    fn requires_repeat() {
        let o = run(&["oxnode", "-r", "a", "--require=b", "x.js"]);
        let reqs: Vec<_> = o.values.iter().filter(|(n, _)| n == "--require").map(|(_, v)| v.as_str()).collect();
        assert_eq!(reqs, vec!["a", "b"]);
    }

    #[test]
    fn bad_option_exits_9() {
        match parse(vec!["oxnode".into(), "--nope".into()]) {
            Parsed::Exit { code, stderr, .. } => {
                assert_eq!(code, 9);
                assert!(stderr.ends_with("bad option: --nope\n"));
            }
            Parsed::Run(_) => panic!("accepted a bad option"),
        }
    }

    #[test]
    fn print_without_code_prints_the_eval_code() {
        let o = run(&["oxnode", "-e", "1", "-p"]);
        assert_eq!(o.mode, Mode::Eval { source: "1".into(), print: true });
        let o = run(&["oxnode", "-p"]);
        assert_eq!(o.mode, Mode::Eval { source: String::new(), print: true });
    }

    #[test]
    fn eval_without_code_names_the_option_as_typed() {
        match parse(vec!["oxnode".into(), "-e".into()]) {
            Parsed::Exit { code, stderr, .. } => {
                assert_eq!(code, 9);
                assert!(stderr.ends_with(": -e requires an argument\n"));
            }
            Parsed::Run(_) => panic!("accepted -e without code"),
        }
    }

    #[test]
    fn stdin_dash_stays_in_argv() {
        let o = run(&["oxnode", "-", "a"]);
        assert_eq!(o.mode, Mode::Stdin);
        assert_eq!(&o.argv[1..], &["-", "a"]);
    }

    #[test]
    fn double_dash_ends_options() {
        let o = run(&["oxnode", "--", "-weird.js", "a"]);
        assert_eq!(&o.argv[1..], &["-weird.js", "a"]);
        assert!(o.exec_argv.is_empty());
    }
}
