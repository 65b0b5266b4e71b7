//! Compiles every file under `lib/` to QuickJS bytecode and embeds it, so startup never parses JS source.
//!
//! A module's id is its path under `lib/` without `.js` (`lib/internal/errors.js` -> `internal/errors`).
//! Each file is compiled as the body of a function `(exports, require, module, internalBinding, primordials)`;
//! evaluating the bytecode yields that function. A syntax error fails the build.

use rquickjs::qjs;
use std::ffi::CString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Shared with `src/runtime/builtins.rs`: the wrapper shares line 1 so file lines keep their numbers.
const WRAPPER_HEAD: &str = "(function (exports, require, module, internalBinding, primordials) { ";

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read lib/").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

fn compile(ctx: *mut qjs::JSContext, id: &str, source: &str) -> Vec<u8> {
    let wrapped = format!("{WRAPPER_HEAD}{source}\n}})");
    let code = CString::new(wrapped).expect("NUL byte in lib source");
    let filename = CString::new(format!("node:{id}")).unwrap();
    unsafe {
        let mut opts = qjs::JSEvalOptions {
            version: qjs::JS_EVAL_OPTIONS_VERSION as _,
            eval_flags: (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY | qjs::JS_EVAL_FLAG_STRICT) as _,
            filename: filename.as_ptr(),
            line_num: 1,
        };
        let func = qjs::JS_Eval2(ctx, code.as_ptr(), code.as_bytes().len() as _, &mut opts);
        if qjs::JS_IsException(func) {
            let exc = qjs::JS_GetException(ctx);
            let s = qjs::JS_ToCString(ctx, exc);
            let msg = std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned();
            let stack = qjs::JS_GetPropertyStr(ctx, exc, c"stack".as_ptr());
            let st = qjs::JS_ToCString(ctx, stack);
            let stack_msg = std::ffi::CStr::from_ptr(st).to_string_lossy().into_owned();
            // Exit rather than panic: unwinding would trip QuickJS's leak assertion and hide this message.
            eprintln!("lib/{id}.js: {msg}\n{stack_msg}");
            std::process::exit(1);
        }
        let mut size: qjs::size_t = 0;
        let buf = qjs::JS_WriteObject(ctx, &mut size, func, qjs::JS_WRITE_OBJ_BYTECODE as _);
        assert!(!buf.is_null(), "cannot serialize lib/{id}.js");
        let bytes = std::slice::from_raw_parts(buf, size as usize).to_vec();
        qjs::js_free(ctx, buf as _);
        qjs::JS_FreeValue(ctx, func);
        bytes
    }
}

fn main() {
    let lib = Path::new("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut files = Vec::new();
    collect(lib, &mut files);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let rt = rquickjs::Runtime::new().unwrap();
    let context = rquickjs::Context::full(&rt).unwrap();
    let mut table = String::from("pub static BUILTIN_SOURCES: &[(&str, &[u8])] = &[\n");
    let mut modules: Vec<(String, PathBuf)> = Vec::new();
    context.with(|ctx| {
        for path in &files {
            println!("cargo:rerun-if-changed={}", path.display());
            let rel = path.strip_prefix(lib).unwrap().with_extension("");
            let id = rel.to_string_lossy().replace('\\', "/");
            let source = std::fs::read_to_string(path).expect("read lib file");
            let bytes = compile(ctx.as_raw().as_ptr(), &id, &source);
            let out = out_dir.join(format!("{}.qjsbc", id.replace('/', "__")));
            std::fs::write(&out, bytes).unwrap();
            modules.push((id, out));
        }
    });
    modules.sort();
    for (id, out) in &modules {
        writeln!(table, "    ({id:?}, include_bytes!({:?})),", out.display().to_string()).unwrap();
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("builtins.rs"), table).unwrap();
}
