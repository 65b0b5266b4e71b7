//! The one table of native bindings: `internalBinding(name)` in lib/ -> `src/modules/<name>.rs`.

use crate::modules;
use rquickjs::{Ctx, Exception, Object, Result};

type Init = for<'js> fn(&Ctx<'js>, &Object<'js>) -> Result<()>;

/// Sorted by name; each entry fills the binding object the first time lib/ asks for it.
const BINDINGS: &[(&str, Init)] = &[
    ("buffer", modules::buffer::init),
    ("builtins", modules::builtins::init),
    ("constants", modules::constants::init),
    ("contextify", modules::contextify::init),
    ("fs", modules::fs::init),
    ("options", modules::options::init),
    ("os", modules::os::init),
    ("process", modules::process::init),
    ("signal_wrap", modules::signal_wrap::init),
    ("timers", modules::timers::init),
    ("url", modules::url::init),
    ("util", modules::util::init),
    ("uv", modules::uv::init),
];

/// `internalBinding(name)`: a fresh object per call; lib/internal/bootstrap/realm.js caches it.
pub fn load<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Object<'js>> {
    match BINDINGS.binary_search_by(|(n, _)| (*n).cmp(name)) {
        Ok(i) => {
            let obj = Object::new(ctx.clone())?;
            (BINDINGS[i].1)(ctx, &obj)?;
            Ok(obj)
        }
        Err(_) => Err(Exception::throw_message(ctx, &format!("No such binding: {name}"))),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_is_sorted() {
        let names: Vec<_> = super::BINDINGS.iter().map(|(n, _)| *n).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }
}
