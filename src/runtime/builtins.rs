//! The embedded core library: `lib/**/*.js` compiled to bytecode by build.rs, looked up by module id.

use crate::runtime::engine;
use rquickjs::{Ctx, Value};

include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// Parameters every core module body receives (build.rs compiles with the same list).
#[cfg(debug_assertions)]
const BUILTIN_PARAMS: &str = "exports, require, module, internalBinding, primordials";

/// Ids of every core module, sorted.
pub fn ids() -> Vec<String> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("OXNODE_LIB_DIR") {
        let mut ids = Vec::new();
        collect_source_ids(std::path::Path::new(&dir), "", &mut ids);
        ids.sort();
        return ids;
    }
    BUILTIN_SOURCES.iter().map(|(id, _)| id.to_string()).collect()
}

#[cfg(debug_assertions)]
fn collect_source_ids(dir: &std::path::Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            collect_source_ids(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push(format!("{prefix}{stem}"));
        }
    }
}

/// Returns the wrapper function of core module `id`, or `undefined` when there is none.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> rquickjs::Result<Value<'js>> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("OXNODE_LIB_DIR") {
        // Debug builds only: run lib/ from source so JS changes need no rebuild.
        let path = std::path::Path::new(&dir).join(format!("{id}.js"));
        return match std::fs::read_to_string(&path) {
            Ok(src) => engine::compile_function(ctx, &src, &format!("node:{id}"), BUILTIN_PARAMS),
            Err(_) => Ok(Value::new_undefined(ctx.clone())),
        };
    }
    match BUILTIN_SOURCES.binary_search_by(|(k, _)| (*k).cmp(id)) {
        Ok(i) => engine::eval_bytecode(ctx, BUILTIN_SOURCES[i].1),
        Err(_) => Ok(Value::new_undefined(ctx.clone())),
    }
}
