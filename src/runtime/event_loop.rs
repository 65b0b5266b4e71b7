//! Node's event loop on a current-thread tokio runtime.
//!
//! Phases, as libuv runs them: timers -> poll (I/O completions) -> check (immediates) -> close.
//! Timer lists, the immediate queue and the nextTick queue live in JS (`internal/timers`,
//! `internal/process/task_queues`); this side keeps the next timer deadline, what keeps the
//! process alive, and the queue of finished I/O whose JS callbacks are still to run.
//! After every callback into JS, `after_callback` drains nextTicks and promise jobs.

use rquickjs::{Ctx, Function, Persistent, Value};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// Work that finished outside JS and now needs its JS callback run on the loop thread.
pub type Completion = Box<dyn for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<()>>;

/// JS functions the runtime calls into, registered by the bootstrap code.
#[derive(Default)]
pub struct LoopHooks {
    /// `uvException` from lib/internal/errors.js: builds node's system errors.
    pub uv_exception: Option<Persistent<Function<'static>>>,
    pub process_timers: Option<Persistent<Function<'static>>>,
    pub process_immediate: Option<Persistent<Function<'static>>>,
    pub process_ticks: Option<Persistent<Function<'static>>>,
    pub trigger_uncaught: Option<Persistent<Function<'static>>>,
    pub emit_before_exit: Option<Persistent<Function<'static>>>,
    pub emit_exit: Option<Persistent<Function<'static>>>,
}

pub struct LoopState {
    start: Instant,
    /// libuv's cached loop time in ms since `start`, refreshed once per iteration and after polling.
    now_ms: Cell<u64>,
    pending: RefCell<VecDeque<Completion>>,
    closing: RefCell<VecDeque<Completion>>,
    wake: Rc<Notify>,
    /// Ref'ed handles (servers, sockets, watchers) plus in-flight requests.
    refs: Cell<usize>,
    /// Absolute ms (loop time) of the earliest timer, if any, and whether it keeps the loop alive.
    timer_due: Cell<Option<u64>>,
    timer_ref: Cell<bool>,
    immediate_count: Cell<u32>,
    immediate_ref_count: Cell<u32>,
    tick_scheduled: Cell<bool>,
    pub hooks: RefCell<LoopHooks>,
    /// Promise rejections reported by QuickJS, waiting for `processPromiseRejections` in JS.
    pub rejections: RefCell<Vec<(u8, Persistent<Value<'static>>, Persistent<Value<'static>>)>>,
}

thread_local! {
    static LOOP: Rc<LoopState> = Rc::new(LoopState::new());
}

/// The loop of the current thread (each worker thread has its own).
pub fn current() -> Rc<LoopState> {
    LOOP.with(Rc::clone)
}

impl LoopState {
    fn new() -> Self {
        LoopState {
            start: Instant::now(),
            now_ms: Cell::new(0),
            pending: RefCell::new(VecDeque::new()),
            closing: RefCell::new(VecDeque::new()),
            wake: Rc::new(Notify::new()),
            refs: Cell::new(0),
            timer_due: Cell::new(None),
            timer_ref: Cell::new(true),
            immediate_count: Cell::new(0),
            immediate_ref_count: Cell::new(0),
            tick_scheduled: Cell::new(false),
            hooks: RefCell::new(LoopHooks::default()),
            rejections: RefCell::new(Vec::new()),
        }
    }

    pub fn now(&self) -> u64 {
        self.now_ms.get()
    }

    pub fn update_time(&self) {
        self.now_ms.set(self.start.elapsed().as_millis() as u64);
    }

    pub fn ref_inc(&self) {
        self.refs.set(self.refs.get() + 1);
    }

    pub fn ref_dec(&self) {
        self.refs.set(self.refs.get().saturating_sub(1));
    }

    pub fn schedule_timer(&self, due: Option<u64>) {
        self.timer_due.set(due);
    }

    pub fn set_timer_ref(&self, refed: bool) {
        self.timer_ref.set(refed);
    }

    pub fn set_immediate_info(&self, count: u32, ref_count: u32) {
        self.immediate_count.set(count);
        self.immediate_ref_count.set(ref_count);
    }

    pub fn set_tick_scheduled(&self, v: bool) {
        self.tick_scheduled.set(v);
    }

    pub fn tick_scheduled(&self) -> bool {
        self.tick_scheduled.get()
    }

    /// Queues a completion for the poll phase and wakes the loop (callable from any local task).
    pub fn push(&self, c: Completion) {
        self.pending.borrow_mut().push_back(c);
        self.wake.notify_one();
    }

    /// Queues a callback for the close phase of the current iteration.
    pub fn push_close(&self, c: Completion) {
        self.closing.borrow_mut().push_back(c);
        self.wake.notify_one();
    }

    fn alive(&self) -> bool {
        self.refs.get() > 0
            || (self.timer_due.get().is_some() && self.timer_ref.get())
            || self.immediate_ref_count.get() > 0
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
    }
}

/// Runs `fut` on the loop thread; when it finishes, `done` runs in the poll phase as a JS callback.
/// The request keeps the loop alive until `done` has run.
pub fn spawn<T, F, D>(fut: F, done: D)
where
    T: 'static,
    F: Future<Output = T> + 'static,
    D: for<'js> FnOnce(&Ctx<'js>, T) -> rquickjs::Result<()> + 'static,
{
    let state = current();
    state.ref_inc();
    tokio::task::spawn_local(async move {
        let value = fut.await;
        let st = current();
        st.push(Box::new(move |ctx| {
            current().ref_dec();
            done(ctx, value)
        }));
    });
}

pub fn hook<'js>(ctx: &Ctx<'js>, pick: impl Fn(&LoopHooks) -> &Option<Persistent<Function<'static>>>) -> Option<Function<'js>> {
    let st = current();
    let hooks = st.hooks.borrow();
    pick(&hooks).as_ref().and_then(|p| p.clone().restore(ctx).ok())
}

/// Runs every promise job QuickJS has queued. A job that throws is an uncaught exception.
pub fn run_microtasks(ctx: &Ctx<'_>) {
    loop {
        let mut job_ctx = std::ptr::null_mut();
        let rt = unsafe { rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) };
        let res = unsafe { rquickjs::qjs::JS_ExecutePendingJob(rt, &mut job_ctx) };
        match res {
            0 => break,
            r if r < 0 => {
                let err = ctx.catch();
                trigger_uncaught(ctx, err);
            }
            _ => {}
        }
    }
}

/// Hands an exception that escaped a callback to JS (`process.on('uncaughtException')` or exit 1).
pub fn trigger_uncaught<'js>(ctx: &Ctx<'js>, err: Value<'js>) {
    match hook(ctx, |h| &h.trigger_uncaught) {
        Some(f) => {
            if f.call::<_, ()>((err.clone(),)).is_err() {
                let inner = ctx.catch();
                crate::runtime::engine::fatal(ctx, inner);
            }
        }
        None => crate::runtime::engine::fatal(ctx, err),
    }
}

/// What node does when a native callback returns: drain the nextTick queue and promise jobs.
pub fn after_callback(ctx: &Ctx<'_>) {
    let st = current();
    if !st.tick_scheduled() && st.rejections.borrow().is_empty() {
        run_microtasks(ctx);
    }
    if st.tick_scheduled() || !st.rejections.borrow().is_empty() {
        if let Some(f) = hook(ctx, |h| &h.process_ticks) {
            if f.call::<_, ()>(()).is_err() {
                let err = ctx.catch();
                trigger_uncaught(ctx, err);
            }
        }
    }
}

/// Calls `f` as node's MakeCallback does: exceptions become uncaught exceptions, then ticks drain.
pub fn make_callback<'js, A: rquickjs::function::IntoArgs<'js>>(ctx: &Ctx<'js>, f: &Function<'js>, args: A) {
    if f.call::<_, ()>(args).is_err() {
        let err = ctx.catch();
        trigger_uncaught(ctx, err);
    }
    after_callback(ctx);
}

/// Runs a completion, reporting any exception it throws, then drains ticks.
fn run_completion(ctx: &Ctx<'_>, c: Completion) {
    if c(ctx).is_err() {
        let err = ctx.catch();
        trigger_uncaught(ctx, err);
    }
    after_callback(ctx);
}

/// Calls a phase function; if a callback inside it throws, the error is reported and the phase
/// function is called again to finish the rest of its queue, as node does.
fn run_phase<'js, R: rquickjs::FromJs<'js>>(ctx: &Ctx<'js>, f: &Function<'js>, now: f64) -> Option<R> {
    loop {
        match f.call::<_, R>((now,)) {
            Ok(v) => return Some(v),
            Err(_) => {
                let err = ctx.catch();
                trigger_uncaught(ctx, err);
                after_callback(ctx);
            }
        }
    }
}

fn run_timers(ctx: &Ctx<'_>, st: &LoopState) {
    let Some(due) = st.timer_due.get() else { return };
    if due > st.now() {
        return;
    }
    let Some(f) = hook(ctx, |h| &h.process_timers) else { return };
    if let Some(next) = run_phase::<f64>(ctx, &f, st.now() as f64) {
        // Node's contract: 0 = no timers left; negative = the next timer is unref'ed.
        if next == 0.0 {
            st.timer_due.set(None);
        } else {
            st.timer_due.set(Some(next.abs() as u64));
            st.timer_ref.set(next > 0.0);
        }
    }
    after_callback(ctx);
}

fn run_immediates(ctx: &Ctx<'_>, st: &LoopState) {
    if st.immediate_count.get() == 0 {
        return;
    }
    if let Some(f) = hook(ctx, |h| &h.process_immediate) {
        run_phase::<()>(ctx, &f, st.now() as f64);
        after_callback(ctx);
    }
}

/// Emits `process.on('exit')` once the loop is done and returns the exit code.
pub fn emit_exit(ctx: &Ctx<'_>) -> i32 {
    let Some(f) = hook(ctx, |h| &h.emit_exit) else { return 0 };
    match f.call::<_, i32>(()) {
        Ok(code) => code,
        Err(_) => {
            let err = ctx.catch();
            trigger_uncaught(ctx, err);
            7
        }
    }
}

/// Drives the loop until nothing keeps it alive and `beforeExit` schedules no more work.
pub async fn run(context: &rquickjs::Context) {
    let st = current();
    loop {
        while st.alive() {
            st.update_time();
            context.with(|ctx| run_timers(&ctx, &st));

            let wait_for_io = st.immediate_count.get() == 0 && st.closing.borrow().is_empty();
            if st.pending.borrow().is_empty() {
                if wait_for_io && st.alive() {
                    let wake = st.wake.clone();
                    match st.timer_due.get() {
                        Some(due) => {
                            let wait = due.saturating_sub(st.start.elapsed().as_millis() as u64);
                            let _ = tokio::time::timeout(Duration::from_millis(wait), wake.notified()).await;
                        }
                        None => wake.notified().await,
                    }
                } else {
                    tokio::task::yield_now().await;
                }
            }
            st.update_time();
            loop {
                let next = st.pending.borrow_mut().pop_front();
                let Some(c) = next else { break };
                context.with(|ctx| run_completion(&ctx, c));
            }

            context.with(|ctx| run_immediates(&ctx, &st));

            let closing: Vec<_> = st.closing.borrow_mut().drain(..).collect();
            for c in closing {
                context.with(|ctx| run_completion(&ctx, c));
            }
        }
        context.with(|ctx| {
            if let Some(f) = hook(&ctx, |h| &h.emit_before_exit) {
                make_callback(&ctx, &f, ());
            }
        });
        if !st.alive() {
            break;
        }
    }
}
