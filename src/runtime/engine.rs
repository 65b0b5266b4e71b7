//! The QuickJS engine: runtime and context set-up, source compilation, and the last-resort error path.

use crate::runtime::event_loop;
use rquickjs::{qjs, Context, Ctx, Persistent, Runtime, Value};
use std::ffi::CString;

/// Native stack of every thread that runs JS (virtual memory: only touched pages are used).
pub const THREAD_STACK_SIZE: usize = 64 * 1024 * 1024;

/// QuickJS's own stack limit, well inside the thread's stack so overflow is always a JS RangeError.
const MAX_STACK_SIZE: usize = 32 * 1024 * 1024;

pub fn create() -> rquickjs::Result<(Runtime, Context)> {
    let rt = Runtime::new()?;
    rt.set_max_stack_size(MAX_STACK_SIZE);
    rt.set_host_promise_rejection_tracker(Some(Box::new(track_rejection)));
    let ctx = Context::full(&rt)?;
    Ok((rt, ctx))
}

/// Records unhandled rejections (and late handlers) for `processPromiseRejections` in JS.
fn track_rejection<'js>(ctx: Ctx<'js>, promise: Value<'js>, reason: Value<'js>, is_handled: bool) {
    let kind = if is_handled { 1 } else { 0 };
    let st = event_loop::current();
    st.rejections
        .borrow_mut()
        .push((kind, Persistent::save(&ctx, promise), Persistent::save(&ctx, reason)));
}

/// Compiles `source` as the body of `(function (<params>) { ... })` and returns that function.
/// The wrapper shares line 1 with the source, so line numbers match the file; columns on line 1
/// are shifted by `wrapper_prefix_len` (lib/internal/util/stack_trace.js corrects them).
pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    source: &str,
    filename: &str,
    params: &str,
) -> rquickjs::Result<Value<'js>> {
    eval(ctx, &format!("{}{source}\n}})", wrapper_prefix(params)), filename)
}

pub fn wrapper_prefix(params: &str) -> String {
    format!("(function ({params}) {{ ")
}

/// Evaluates `source` as a classic script in the global scope and returns its completion value.
pub fn eval_script<'js>(ctx: &Ctx<'js>, source: &str, filename: &str) -> rquickjs::Result<Value<'js>> {
    eval(ctx, source, filename)
}

fn eval<'js>(ctx: &Ctx<'js>, source: &str, filename: &str) -> rquickjs::Result<Value<'js>> {
    // QuickJS wants a NUL-terminated buffer; a NUL inside the source is kept as an escape.
    let code = CString::new(source.replace('\0', "\\0")).map_err(|_| rquickjs::Error::Unknown)?;
    let fname = CString::new(filename.replace('\0', "")).unwrap_or_default();
    unsafe {
        let mut opts = qjs::JSEvalOptions {
            version: qjs::JS_EVAL_OPTIONS_VERSION as _,
            eval_flags: qjs::JS_EVAL_TYPE_GLOBAL as _,
            filename: fname.as_ptr(),
            line_num: 1,
        };
        let raw = qjs::JS_Eval2(ctx.as_raw().as_ptr(), code.as_ptr(), code.as_bytes().len() as _, &mut opts);
        value_or_exception(ctx, raw)
    }
}

/// Evaluates bytecode produced by `JS_WriteObject` (see build.rs).
pub fn eval_bytecode<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> rquickjs::Result<Value<'js>> {
    unsafe {
        let raw_ctx = ctx.as_raw().as_ptr();
        let obj = qjs::JS_ReadObject(raw_ctx, bytes.as_ptr(), bytes.len() as _, qjs::JS_READ_OBJ_BYTECODE as _);
        if qjs::JS_IsException(obj) {
            return value_or_exception(ctx, obj);
        }
        let raw = qjs::JS_EvalFunction(raw_ctx, obj);
        value_or_exception(ctx, raw)
    }
}

unsafe fn value_or_exception<'js>(ctx: &Ctx<'js>, raw: qjs::JSValue) -> rquickjs::Result<Value<'js>> {
    if qjs::JS_IsException(raw) {
        Err(rquickjs::Error::Exception)
    } else {
        Ok(Value::from_raw(ctx.clone(), raw))
    }
}

/// Last resort when the JS error path itself failed: print what we can and exit like node (code 7).
pub fn fatal(_ctx: &Ctx<'_>, err: Value<'_>) -> ! {
    let text = err
        .as_object()
        .and_then(|o| o.get::<_, String>("stack").ok())
        .or_else(|| err.get::<rquickjs::Coerced<String>>().ok().map(|c| c.0))
        .unwrap_or_else(|| "unknown error".into());
    eprintln!("{text}");
    std::process::exit(7);
}
