//! `internalBinding('signal_wrap')`: process signal events (`process.on('SIGINT', ...)`).
//! Watchers do not keep the loop alive, as in node. Once tokio has installed a handler for a
//! signal it stays installed, so a delivery while JS has no listener gets the default action.

use crate::runtime::event_loop;
use rquickjs::{Ctx, Function, Object, Persistent, Result};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use tokio::signal::unix::{signal, SignalKind};

type Listener = Rc<RefCell<Option<Persistent<Function<'static>>>>>;

struct Watcher {
    listener: Listener,
}

thread_local! {
    static WATCHERS: RefCell<HashMap<i32, Watcher>> = RefCell::new(HashMap::new());
}

fn raise_default(signum: i32) {
    unsafe {
        libc::signal(signum, libc::SIG_DFL);
        libc::raise(signum);
    }
}

fn watch(signum: i32) -> Option<Listener> {
    let mut stream = signal(SignalKind::from_raw(signum)).ok()?;
    let listener: Listener = Rc::new(RefCell::new(None));
    let slot = listener.clone();
    tokio::task::spawn_local(async move {
        while stream.recv().await.is_some() {
            let Some(cb) = slot.borrow().clone() else {
                raise_default(signum);
                continue;
            };
            event_loop::current().push(Box::new(move |ctx| cb.restore(ctx)?.call::<_, ()>((signum,))));
        }
    });
    WATCHERS.with(|w| w.borrow_mut().insert(signum, Watcher { listener: listener.clone() }));
    Some(listener)
}

/// `startSignal(signum, onSignal)`: calls `onSignal(signum)` on each delivery; false if it cannot watch.
fn start_signal<'js>(ctx: Ctx<'js>, signum: i32, on_signal: Function<'js>) -> bool {
    let existing = WATCHERS.with(|w| w.borrow().get(&signum).map(|w| w.listener.clone()));
    let Some(listener) = existing.or_else(|| watch(signum)) else { return false };
    *listener.borrow_mut() = Some(Persistent::save(&ctx, on_signal));
    true
}

/// `stopSignal(signum)`: JS has no listener left; the next delivery takes the default action.
fn stop_signal(signum: i32) {
    WATCHERS.with(|w| {
        if let Some(watcher) = w.borrow().get(&signum) {
            *watcher.listener.borrow_mut() = None;
        }
    });
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("startSignal", Function::new(ctx.clone(), start_signal)?)?;
    target.set("stopSignal", Function::new(ctx.clone(), stop_signal)?)?;
    Ok(())
}
