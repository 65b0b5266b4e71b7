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

// Mirrors of quickjs-ng's private Map/Set iterator layout (quickjs.c of the bundled rquickjs-sys),
// read-only, so inspect can preview what an iterator has left without advancing it.
#[repr(C)]
struct ListHead {
    prev: *mut ListHead,
    next: *mut ListHead,
}

#[repr(C)]
struct MapRecord {
    ref_count: std::ffi::c_int,
    empty: bool,
    map: *mut std::ffi::c_void,
    link: ListHead,
    hash_link: ListHead,
    key: qjs::JSValue,
    value: qjs::JSValue,
}

#[repr(C)]
struct MapState {
    is_weak: bool,
    records: ListHead,
}

#[repr(C)]
struct MapIteratorData {
    obj: qjs::JSValue,
    kind: std::ffi::c_int,
    cur_record: *mut MapRecord,
}

const ITERATOR_KIND_KEY: std::ffi::c_int = 0;
const ITERATOR_KIND_KEY_AND_VALUE: std::ffi::c_int = 2;

/// `previewEntries(iterator)`: `[entries, isKeyValue]` for a Map/Set iterator (entries flattened as
/// key, value, key, value ... when isKeyValue), or undefined for anything else.
fn preview_entries<'js>(ctx: Ctx<'js>, v: Value<'js>) -> Result<Value<'js>> {
    let name = get_class_name(v.clone());
    let is_map = match name.as_str() {
        "Map Iterator" => true,
        "Set Iterator" => false,
        _ => return Ok(Value::new_undefined(ctx)),
    };
    let entries = Array::new(ctx.clone())?;
    let result = Array::new(ctx.clone())?;
    let c = ctx.as_raw().as_ptr();
    let iter_class = unsafe { qjs::JS_GetClassID(v.as_raw()) };
    // The collection's class id sits 8 below its iterator's in the JS_CLASS_* enum.
    let collection_class = iter_class - 8;
    let mut kind = ITERATOR_KIND_KEY;
    unsafe {
        let it = qjs::JS_GetOpaque(v.as_raw(), iter_class) as *mut MapIteratorData;
        if !it.is_null() {
            kind = (*it).kind;
            let state = qjs::JS_GetOpaque((*it).obj, collection_class) as *mut MapState;
            if !state.is_null() {
                let head: *mut ListHead = &mut (*state).records;
                let mut el = if (*it).cur_record.is_null() { (*head).next } else { (*(*it).cur_record).link.next };
                let mut i = 0u32;
                while el != head {
                    let mr = (el as *mut u8).sub(std::mem::offset_of!(MapRecord, link)) as *mut MapRecord;
                    if !(*mr).empty {
                        let key = Value::from_raw(ctx.clone(), qjs::JS_DupValue(c, (*mr).key));
                        let value = if is_map {
                            Value::from_raw(ctx.clone(), qjs::JS_DupValue(c, (*mr).value))
                        } else {
                            key.clone()
                        };
                        match kind {
                            ITERATOR_KIND_KEY => entries.set(i as usize, key)?,
                            ITERATOR_KIND_KEY_AND_VALUE => {
                                entries.set(i as usize, key)?;
                                i += 1;
                                entries.set(i as usize, value)?;
                            }
                            _ => entries.set(i as usize, value)?,
                        }
                        i += 1;
                    }
                    el = (*el).next;
                }
            }
        }
    }
    result.set(0, entries)?;
    result.set(1, kind == ITERATOR_KIND_KEY_AND_VALUE)?;
    Ok(result.into_value())
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("getPromiseState", Function::new(ctx.clone(), get_promise_state)?)?;
    target.set("getPromiseResult", Function::new(ctx.clone(), get_promise_result)?)?;
    target.set("getProxyDetails", Function::new(ctx.clone(), get_proxy_details)?)?;
    target.set("getClassName", Function::new(ctx.clone(), get_class_name)?)?;
    target.set("previewEntries", Function::new(ctx.clone(), preview_entries)?)?;
    Ok(())
}
