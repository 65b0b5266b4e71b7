'use strict';
// Event, CustomEvent and EventTarget as node implements the DOM interfaces (no bubbling: targets have no tree).

const {
  codes: {
    ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateObject, kValidateObjectAllowArray, kValidateObjectAllowFunction,
} = require('internal/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kTrustEvent = Symbol('kTrustEvent');
// Listeners flagged with this still run after stopImmediatePropagation (used by core's own abort plumbing).
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kEmptyObject = Object.freeze({ __proto__: null });
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function lazyInspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

function now() {
  return require('internal/perf/performance').performance.now();
}

function toEventType(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

// ---- Event ------------------------------------------------------------------------------------

let isEvent;
let beginDispatch;
let endDispatch;
let isStopped;
let endListenerCall;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #trusted;
  #timestamp;
  #defaultPrevented = false;
  #propagationStopped = false;
  #stopped = false;
  #dispatching = false;
  #target = null;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null) validateObject(options, 'options');
    this.#type = `${type}`;
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
    this.#trusted = Boolean(options?.[kTrustEvent]);
    this.#timestamp = now();
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    beginDispatch = (event, target) => {
      event.#dispatching = true;
      event.#target = target;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
    };
    // Node 20 clears the "being dispatched" state after every listener that returns normally, so later
    // listeners see eventPhase 0, a null currentTarget and may re-dispatch the event.
    endListenerCall = endDispatch;
    isStopped = (event) => event.#stopped;
  }

  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const shown = {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    };
    return `${name} ${lazyInspect(shown, opts)}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkEvent(this);
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    // Spec-wise this also stops propagation, which is what cancelBubble reports.
    this.#propagationStopped = true;
    this.#stopped = true;
  }

  preventDefault() {
    checkEvent(this);
    // Node 20 does not honour `passive` here.
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    checkEvent(this);
    return this.#trusted;
  }
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

const enumerableEventMembers = [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget', 'srcElement', 'type',
  'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted',
];
for (const name of enumerableEventMembers) Object.defineProperty(Event.prototype, name, { enumerable: true });
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', writable: false, configurable: true });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

// ---- CustomEvent ------------------------------------------------------------------------------

let isCustomEvent;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, configurable: true,
});

// ---- EventTarget ------------------------------------------------------------------------------

// One registration. Objects with handleEvent are looked up at dispatch time and, as in node, run through
// an async wrapper, so their failures surface as (asynchronous) uncaught exceptions.
class Listener {
  constructor(listener, flags) {
    this.listener = listener;
    this.once = flags.once;
    this.capture = flags.capture;
    this.resistStopPropagation = flags.resistStopPropagation;
    this.removed = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }
}

function isEventTarget(value) {
  return value !== null && typeof value === 'object' && value[kEvents] instanceof Map;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
}

function checkTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

function listenerFlags(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  validateObject(options, 'options', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    signal: options.signal,
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
  };
}

// Returns false for null/undefined listeners (a warned no-op), throws for values that can never listen.
function isUsableListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

// The name shown in leak warnings, as node's inspect with depth -1 shows it.
function describeTarget(target) {
  if (typeof target[customInspect] === 'function') {
    const shown = target[customInspect](-1, {}, lazyInspect);
    if (typeof shown === 'string') return shown;
  }
  return `[${target.constructor?.name ?? 'Object'}]`;
}

function warnLeak(target, type, count, max) {
  const w = new Error(`Possible EventTarget memory leak detected. ${count} ${type} listeners added to ` +
    `${describeTarget(target)}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

function reportUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

function catchRejection(result) {
  try {
    const then = result.then;
    if (typeof then === 'function') then.call(result, undefined, reportUncaught);
  } catch (err) {
    reportUncaught(err);
  }
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = kEmptyObject) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = listenerFlags(options);
    const signal = flags.signal;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (!isUsableListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toEventType(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), {
        once: true, [kResistStopPropagation]: true,
      });
    }

    let list = this[kEvents].get(type);
    if (list === undefined) {
      list = [];
      this[kEvents].set(type, list);
    }
    const capture = Boolean(flags.capture);
    for (const entry of list) {
      if (entry.listener === listener && entry.capture === capture) return;
    }
    list.push(new Listener(listener, { ...flags, capture }));
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      warnLeak(this, type, list.length, max);
    }
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isUsableListener(listener)) return;
    type = toEventType(type);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    const index = list.findIndex((entry) => entry.listener === listener && entry.capture === capture);
    if (index < 0) return;
    list[index].removed = true;
    list.splice(index, 1);
    if (list.length === 0) this[kEvents].delete(type);
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event.eventPhase !== Event.NONE) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event);
    return event.defaultPrevented !== true;
  }

  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${lazyInspect({}, opts)}`;
  }
}

for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, name, { enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, configurable: true,
});

function dispatch(target, event) {
  beginDispatch(event, target);
  const list = target[kEvents].get(event.type);
  // Listeners added during dispatch wait for the next event; removed ones are skipped via `removed`.
  const snapshot = list === undefined ? [] : list.slice();
  for (const entry of snapshot) {
    if (entry.removed) continue;
    if (isStopped(event) && !entry.resistStopPropagation) continue;
    if (entry.once) target.removeEventListener(event.type, entry.listener, { capture: entry.capture });
    try {
      const result = entry.callback.call(target, event);
      endListenerCall(event);
      if (result !== undefined && result !== null) catchRejection(result);
    } catch (err) {
      reportUncaught(err);
    }
  }
  endDispatch(event);
}

function getEventTargetListeners(target, type) {
  const list = target[kEvents].get(type);
  return list === undefined ? [] : list.map((entry) => entry.listener);
}

// `onabort`-style attributes: one wrapper keeps its place in the listener list while the handler changes.
function defineEventHandler(proto, type) {
  const desc = {
    get() {
      return this[kHandlers]?.get(type)?.handler ?? null;
    },
    set(value) {
      this[kHandlers] ??= new Map();
      let wrapper = this[kHandlers].get(type);
      if (wrapper === undefined) {
        wrapper = function eventHandler(...args) {
          if (typeof wrapper.handler !== 'function') return;
          return Reflect.apply(wrapper.handler, this, args);
        };
        this[kHandlers].set(type, wrapper);
        this.addEventListener(type, wrapper);
      }
      wrapper.handler = value;
    },
    enumerable: true,
    configurable: true,
  };
  Object.defineProperty(desc.get, 'name', { value: `get on${type}` });
  Object.defineProperty(desc.set, 'name', { value: `set on${type}` });
  Object.defineProperty(proto, `on${type}`, desc);
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  defineEventHandler,
  getEventTargetListeners,
  initEventTarget,
  isEventTarget,
  kEvents,
  kResistStopPropagation,
  kTrustEvent,
};
