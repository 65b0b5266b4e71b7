//! `internalBinding('options')`: the parsed command line, read by lib/internal/options.js.

use crate::runtime::options::{self, Mode};
use rquickjs::{Array, Ctx, Object, Result};

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    let opts = options::get();
    let values = Array::new(ctx.clone())?;
    for (i, (name, value)) in opts.values.iter().enumerate() {
        let pair = Array::new(ctx.clone())?;
        pair.set(0, name.as_str())?;
        pair.set(1, value.as_str())?;
        values.set(i, pair)?;
    }
    target.set("values", values)?;
    let (mode, source, print) = match &opts.mode {
        Mode::Script => ("script", None, false),
        Mode::Eval { source, print } => ("eval", Some(source.as_str()), *print),
        Mode::Stdin => ("stdin", None, false),
        Mode::Check => ("check", None, false),
    };
    target.set("mode", mode)?;
    target.set("evalSource", source)?;
    target.set("print", print)?;
    target.set("nodeVersion", options::NODE_VERSION)?;
    Ok(())
}
