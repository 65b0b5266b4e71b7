//! Starts a runtime: engine, bindings, the JS bootstrap (lib/internal/bootstrap/*), the main
//! script, then the event loop until it drains; returns the exit code.

use crate::runtime::{bindings, builtins, engine, event_loop};
use rquickjs::{Ctx, Function, Object, Value};

/// Runs the realm bootstrap directly: it is the loader of every other core module.
fn run_realm<'js>(ctx: &Ctx<'js>, binding: &Function<'js>) -> rquickjs::Result<Object<'js>> {
    let wrapper: Function = builtins::compile(ctx, "internal/bootstrap/realm")?.get()?;
    let module = Object::new(ctx.clone())?;
    let exports = Object::new(ctx.clone())?;
    module.set("exports", exports.clone())?;
    let undefined = Value::new_undefined(ctx.clone());
    wrapper.call::<_, ()>((exports, undefined.clone(), module.clone(), binding.clone(), undefined))?;
    module.get("exports")
}

fn internal_binding<'js>(ctx: Ctx<'js>, name: String) -> rquickjs::Result<Object<'js>> {
    bindings::load(&ctx, &name)
}

/// Bootstraps the realm and runs the main entry (script, -e, stdin). Errors escape as uncaught exceptions.
fn start(ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    let binding = Function::new(ctx.clone(), internal_binding)?;
    let realm = run_realm(ctx, &binding)?;
    let require: Function = realm.get("requireBuiltin")?;
    require.call::<_, Value>(("internal/bootstrap/node",))?;
    // Timers created by the main script count from when it starts, not from engine start-up.
    event_loop::current().update_time();
    require.call::<_, Value>(("internal/main/run_main",))?;
    Ok(())
}

pub fn run_main() -> i32 {
    let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("oxnode: cannot start the event loop: {e}");
            return 1;
        }
    };
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async {
        let (_qrt, context) = match engine::create() {
            Ok(v) => v,
            Err(e) => {
                eprintln!("oxnode: cannot create the JS engine: {e}");
                return 1;
            }
        };
        context.with(|ctx| {
            if start(&ctx).is_err() {
                let err = ctx.catch();
                event_loop::trigger_uncaught(&ctx, err);
            }
            event_loop::after_callback(&ctx);
        });
        event_loop::run(&context).await;
        let code = context.with(|ctx| event_loop::emit_exit(&ctx));
        // The process ends here: freeing every JS object first would only delay the exit.
        std::process::exit(code)
    })
}
