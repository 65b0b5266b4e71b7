//! `internalBinding('contextify')`: compiling user source (the CommonJS wrapper, `vm`, `-e`).

use crate::runtime::engine;
use rquickjs::{Ctx, Function, Object, Result, Value};

/// `compileFunction(source, filename, params)`: `params` is the comma-joined parameter list.
fn compile_function<'js>(ctx: Ctx<'js>, source: String, filename: String, params: String) -> Result<Value<'js>> {
    engine::compile_function(&ctx, &source, &filename, &params)
}

/// `runInThisContext(source, filename)`: evaluates a script in the global scope.
fn run_in_this_context<'js>(ctx: Ctx<'js>, source: String, filename: String) -> Result<Value<'js>> {
    engine::eval_script(&ctx, &source, &filename)
}

/// `wrapperPrefixLength(params)`: how far `compileFunction` shifts columns on line 1.
fn wrapper_prefix_length(params: String) -> usize {
    engine::wrapper_prefix(&params).encode_utf16().count()
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("compileFunction", Function::new(ctx.clone(), compile_function)?)?;
    target.set("runInThisContext", Function::new(ctx.clone(), run_in_this_context)?)?;
    target.set("wrapperPrefixLength", Function::new(ctx.clone(), wrapper_prefix_length)?)?;
    Ok(())
}
