//! Command-line modes: each invocation runs under oxnode and, where the output is deterministic,
//! under /usr/bin/node too; stdout and the exit code must match (stderr's program name differs).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const NODE: &str = "/usr/bin/node";

/// Written once per test process, so parallel tests never see a half-written file.
fn fixture_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(write_fixtures).clone()
}

fn write_fixtures() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("oxnode-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("argv.js"), "process.stdout.write(JSON.stringify([process.argv.slice(1), process.execArgv, require.main === module]) + '\\n');\n").expect("write");
    std::fs::write(dir.join("preload.js"), "globalThis.PRELOADS = (globalThis.PRELOADS || 0) + 1;\n").expect("write");
    std::fs::write(dir.join("bad.js"), "let x = ;\n").expect("write");
    std::fs::write(dir.join("good.js"), "process.stdout.write('ran');\n").expect("write");
    dir
}

fn run(bin: &str, dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(bin);
    cmd.args(args).current_dir(dir).env_remove("NODE_OPTIONS").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.unwrap_or("").as_bytes()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("wait")
}

/// oxnode's stdout and exit code for `args` match node's (execPath is replaced by a marker).
fn same_as_node(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) {
    let dir = fixture_dir();
    let ours = run(env!("CARGO_BIN_EXE_oxnode"), &dir, args, env, stdin);
    let ours_out = String::from_utf8_lossy(&ours.stdout).replace(env!("CARGO_BIN_EXE_oxnode"), "<execPath>");
    if !Path::new(NODE).exists() {
        return;
    }
    let node = run(NODE, &dir, args, env, stdin);
    let node_out = String::from_utf8_lossy(&node.stdout).replace(NODE, "<execPath>");
    assert_eq!(ours_out, node_out, "stdout of {args:?}\noxnode stderr: {}", String::from_utf8_lossy(&ours.stderr));
    assert_eq!(ours.status.code(), node.status.code(), "exit code of {args:?}");
}

fn stderr_of(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let out = run(env!("CARGO_BIN_EXE_oxnode"), &fixture_dir(), args, env, None);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn script_gets_absolute_argv1_and_arguments() {
    same_as_node(&["argv.js", "a", "--b"], &[], None);
    same_as_node(&["--no-warnings", "./argv.js"], &[], None);
    same_as_node(&["--", "argv.js", "1"], &[], None);
}

#[test]
fn version_flags() {
    same_as_node(&["-v"], &[], None);
    same_as_node(&["--version"], &[], None);
}

#[test]
fn eval_has_eval_globals() {
    let code = "process.stdout.write(JSON.stringify([process.argv.length, process.execArgv, __filename, __dirname, typeof require, module.id, require.main, exports === module.exports]))";
    same_as_node(&["-e", code, "x"], &[], None);
    same_as_node(&["--eval", "process.stdout.write(require.resolve('./argv'))"], &[], None);
}

#[test]
fn print_forms() {
    same_as_node(&["-p", "'raw string'"], &[], None);
    same_as_node(&["-p", "1 + 1"], &[], None);
    same_as_node(&["-pe", "null"], &[], None);
    same_as_node(&["--print", "undefined"], &[], None);
    same_as_node(&["-e", "3", "-p"], &[], None);
}

#[test]
fn preloads_from_flags_and_node_options() {
    same_as_node(&["-r", "./preload.js", "--require=./preload.js", "-p", "PRELOADS"], &[], None);
    same_as_node(&["-p", "PRELOADS + JSON.stringify(process.execArgv)"], &[("NODE_OPTIONS", "-r ./preload.js")], None);
}

#[test]
fn program_from_stdin() {
    let program = "process.stdout.write(JSON.stringify([__filename, process.argv.slice(1)]))";
    same_as_node(&[], &[], Some(program));
    same_as_node(&["-", "a", "b"], &[], Some(program));
}

#[test]
fn check_mode() {
    same_as_node(&["-c", "good.js"], &[], None);
    same_as_node(&["--check", "good"], &[], None);
    same_as_node(&["-c", "bad.js"], &[], None);
    let (code, stderr) = stderr_of(&["-c", "bad.js"], &[]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("bad.js:1") && stderr.contains("SyntaxError"), "{stderr}");
}

#[test]
fn bad_options_exit_9() {
    assert_eq!(stderr_of(&["--x"], &[]), (Some(9), "oxnode: bad option: --x\n".to_string()));
    assert_eq!(stderr_of(&["-e"], &[]), (Some(9), "oxnode: -e requires an argument\n".to_string()));
    assert_eq!(stderr_of(&["argv.js"], &[("NODE_OPTIONS", "-e 1")]), (Some(9), "oxnode: -e is not allowed in NODE_OPTIONS\n".to_string()));
    assert_eq!(stderr_of(&["argv.js"], &[("NODE_OPTIONS", "--eval=1")]), (Some(9), "oxnode: --eval= is not allowed in NODE_OPTIONS\n".to_string()));
}

#[test]
fn preserve_symlinks_flags() {
    let dir = fixture_dir().join("links");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("real")).expect("mkdir");
    std::fs::create_dir_all(dir.join("app/node_modules")).expect("mkdir");
    std::fs::write(dir.join("real/index.js"), "module.exports = __filename;\n").expect("write");
    std::fs::write(dir.join("real/main.js"), "let r; try { r = require('linked'); } catch (e) { r = e.code; }\nprocess.stdout.write(JSON.stringify([r, __filename]));\n").expect("write");
    std::os::unix::fs::symlink(dir.join("real"), dir.join("app/node_modules/linked")).expect("symlink");
    std::os::unix::fs::symlink(dir.join("real/main.js"), dir.join("app/main.js")).expect("symlink");
    let main = dir.join("app/main.js");
    let main = main.to_str().expect("utf-8 path");
    same_as_node(&[main], &[], None);
    same_as_node(&["--preserve-symlinks", main], &[], None);
    same_as_node(&["--preserve-symlinks-main", main], &[], None);
    same_as_node(&["--preserve-symlinks", "--preserve-symlinks-main", main], &[], None);
}
