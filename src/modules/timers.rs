//! `internalBinding('timers')`: the native half of lib/internal/timers.js (Node's `timers` binding).

use crate::runtime::event_loop;
use rquickjs::{Ctx, Function, Object, Persistent, Result};

/// `scheduleTimer(dueMs)`: the earliest timer now expires at loop time `dueMs` (0: none).
fn schedule_timer(due: f64) {
    event_loop::current().schedule_timer(if due > 0.0 { Some(due.ceil() as u64) } else { None });
}

/// `toggleTimerRef(refed)`
fn toggle_timer_ref(refed: bool) {
    event_loop::current().set_timer_ref(refed);
}

/// `setImmediateInfo(count, refCount)`
fn set_immediate_info(count: u32, ref_count: u32) {
    event_loop::current().set_immediate_info(count, ref_count);
}

/// `getLibuvNow()`: the loop's cached time in ms.
fn get_libuv_now() -> f64 {
    event_loop::current().now() as f64
}

/// `setupTimers(processImmediate, processTimers)`
fn setup_timers<'js>(ctx: Ctx<'js>, immediate: Function<'js>, timers: Function<'js>) {
    let st = event_loop::current();
    let mut hooks = st.hooks.borrow_mut();
    hooks.process_immediate = Some(Persistent::save(&ctx, immediate));
    hooks.process_timers = Some(Persistent::save(&ctx, timers));
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("scheduleTimer", Function::new(ctx.clone(), schedule_timer)?)?;
    target.set("toggleTimerRef", Function::new(ctx.clone(), toggle_timer_ref)?)?;
    target.set("setImmediateInfo", Function::new(ctx.clone(), set_immediate_info)?)?;
    target.set("getLibuvNow", Function::new(ctx.clone(), get_libuv_now)?)?;
    target.set("setupTimers", Function::new(ctx.clone(), setup_timers)?)?;
    Ok(())
}
