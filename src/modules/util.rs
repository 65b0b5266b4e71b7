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

/// `getProxyDetails(value)`: `[target, handler]` (both null once revoked), or undefined when `value`
/// is not a proxy.
fn get_proxy_details<'js>(ctx: Ctx<'js>, v: Value<'js>) -> Result<Value<'js>> {
    if !unsafe { qjs::JS_IsProxy(v.as_raw()) } {
        return Ok(Value::new_undefined(ctx));
    }
    let arr = Array::new(ctx.clone())?;
    let c = ctx.as_raw().as_ptr();
    let target = unsafe { qjs::JS_GetProxyTarget(c, v.as_raw()) };
    if unsafe { qjs::JS_IsException(target) } {
        // A revoked proxy: the engine threw; drop that exception and report nulls, as node does.
        unsafe { qjs::JS_FreeValue(c, qjs::JS_GetException(c)) };
        arr.set(0, Value::new_null(ctx.clone()))?;
        arr.set(1, Value::new_null(ctx.clone()))?;
        return Ok(arr.into_value());
    }
    unsafe {
        arr.set(0, Value::from_raw(ctx.clone(), target))?;
        arr.set(1, Value::from_raw(ctx.clone(), qjs::JS_GetProxyHandler(c, v.as_raw())))?;
    }
    Ok(arr.into_value())
}

/// QuickJS's built-in class names, indexed by class id (the `JS_CLASS_*` enum of the bundled
/// quickjs-ng, starting at JS_CLASS_OBJECT = 1). Kept here because `JS_GetClassName` in this
/// engine version returns the id instead of the name atom.
const CLASS_NAMES: [&str; 63] = [
    "Object", "Array", "Error", "Number", "String", "Boolean", "Symbol", "Arguments", "Arguments",
    "Date", "Module", "Function", "Function", "Function", "Function", "Function",
    "GeneratorFunction", "ForInIterator", "RegExp", "ArrayBuffer", "SharedArrayBuffer",
    "Uint8ClampedArray", "Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "BigInt64Array", "BigUint64Array", "Float16Array", "Float32Array",
    "Float64Array", "DataView", "BigInt", "Map", "Set", "WeakMap", "WeakSet", "Iterator",
    "Iterator Concat", "Iterator Helper", "Iterator Wrap", "Map Iterator", "Set Iterator",
    "Array Iterator", "String Iterator", "RegExp String Iterator", "Generator", "Proxy", "Promise",
    "PromiseResolveFunction", "PromiseRejectFunction", "AsyncFunction", "AsyncFunctionResolve",
    "AsyncFunctionReject", "AsyncFromSyncIterator", "AsyncGeneratorFunction", "AsyncGenerator",
    "WeakRef", "FinalizationRegistry", "DOMException", "CallSite",
];

/// `getClassName(value)`: QuickJS's internal class name ("Map Iterator", "Arguments", ...) or "".
fn get_class_name(v: Value<'_>) -> String {
    let id = unsafe { qjs::JS_GetClassID(v.as_raw()) } as usize;
    id.checked_sub(1).and_then(|i| CLASS_NAMES.get(i)).copied().unwrap_or_default().to_string()
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("getPromiseState", Function::new(ctx.clone(), get_promise_state)?)?;
    target.set("getPromiseResult", Function::new(ctx.clone(), get_promise_result)?)?;
    target.set("getProxyDetails", Function::new(ctx.clone(), get_proxy_details)?)?;
    target.set("getClassName", Function::new(ctx.clone(), get_class_name)?)?;
    Ok(())
}
