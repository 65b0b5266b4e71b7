//! `internalBinding('util')`: engine introspection that JS cannot do itself (for util.inspect and util.types).

use rquickjs::{qjs, Array, Ctx, Function, Object, Result, Value};

/// `getPromiseState(promise)`: 0 pending, 1 fulfilled, 2 rejected; -1 if not a promise.
fn get_promise_state(v: Value<'_>) -> i32 {
    if !unsafe { qjs::JS_IsPromise(v.as_raw()) } {
        return -1;
    }
    unsafe { qjs::JS_PromiseState(v.ctx().as_raw().as_ptr(), v.as_raw()) as i32 }
}

/// `getPromiseResult(promise)`
fn get_promise_result<'js>(v: Value<'js>) -> Value<'js> {
    unsafe {
        let raw = qjs::JS_PromiseResult(v.ctx().as_raw().as_ptr(), v.as_raw());
        Value::from_raw(v.ctx().clone(), raw)
    }
}

/// `getProxyDetails(value)`: `[target, handler]`, or undefined when `value` is not a proxy.
fn get_proxy_details<'js>(ctx: Ctx<'js>, v: Value<'js>) -> Result<Value<'js>> {
    if !unsafe { qjs::JS_IsProxy(v.as_raw()) } {
        return Ok(Value::new_undefined(ctx));
    }
    let arr = Array::new(ctx.clone())?;
    unsafe {
        let c = ctx.as_raw().as_ptr();
        arr.set(0, Value::from_raw(ctx.clone(), qjs::JS_GetProxyTarget(c, v.as_raw())))?;
        arr.set(1, Value::from_raw(ctx.clone(), qjs::JS_GetProxyHandler(c, v.as_raw())))?;
    }
    Ok(arr.into_value())
}

/// `getClassName(value)`: QuickJS's internal class name ("Map Iterator", "Arguments", ...) or "".
fn get_class_name(v: Value<'_>) -> String {
    unsafe {
        let id = qjs::JS_GetClassID(v.as_raw());
        if id == 0 {
            return String::new();
        }
        let rt = qjs::JS_GetRuntime(v.ctx().as_raw().as_ptr());
        let c = v.ctx().as_raw().as_ptr();
        let atom = qjs::JS_GetClassName(rt, id);
        let name = Value::from_raw(v.ctx().clone(), qjs::JS_AtomToString(c, atom));
        qjs::JS_FreeAtom(c, atom);
        name.as_string().and_then(|s| s.to_string().ok()).unwrap_or_default()
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("getPromiseState", Function::new(ctx.clone(), get_promise_state)?)?;
    target.set("getPromiseResult", Function::new(ctx.clone(), get_promise_result)?)?;
    target.set("getProxyDetails", Function::new(ctx.clone(), get_proxy_details)?)?;
    target.set("getClassName", Function::new(ctx.clone(), get_class_name)?)?;
    Ok(())
}
