//! `internalBinding('builtins')`: access to the embedded core library (lib/).

use crate::runtime::builtins;
use rquickjs::{Array, Ctx, Function, Object, Result, Value};

/// `compileBuiltin(id)`: the module's wrapper function, or undefined if `id` is not embedded.
fn compile_builtin<'js>(ctx: Ctx<'js>, id: String) -> Result<Value<'js>> {
    builtins::compile(&ctx, &id)
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("compileBuiltin", Function::new(ctx.clone(), compile_builtin)?)?;
    let ids = Array::new(ctx.clone())?;
    for (i, id) in builtins::ids().iter().enumerate() {
        ids.set(i, id.as_str())?;
    }
    target.set("ids", ids)?;
    Ok(())
}
