'use strict';
// Timer lists and the immediate queue, as node keeps them: one list per duration, lists ordered by
// expiry in a binary heap; immediates in a linked queue. Rust only learns the next expiry.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, getLibuvNow, setImmediateInfo } = binding;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let asyncIdCounter = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;
const knownTimersById = Object.create(null);
const timerListMap = Object.create(null);

// ---- intrusive linked lists (timers and lists share the _idleNext/_idlePrev links) ----
function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}
function listPeek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  item._idlePrev = list;
  list._idleNext._idlePrev = item;
  list._idleNext = item;
}
function listIsEmpty(list) {
  return list._idleNext === list;
}

class TimersList {
  constructor(expiry, msecs) {
    listInit(this);
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// Binary min-heap of TimersList by (expiry, id).
const heap = [null];
let heapSize = 0;
function heapLess(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(pos, item) {
  heap[pos] = item;
  item.priorityQueuePosition = pos;
}
function percolateUp(pos) {
  const item = heap[pos];
  while (pos > 1) {
    const parent = heap[pos >> 1];
    if (!heapLess(item, parent)) break;
    heapSet(pos, parent);
    pos >>= 1;
  }
  heapSet(pos, item);
}
function percolateDown(pos) {
  const item = heap[pos];
  const half = heapSize >> 1;
  while (pos <= half) {
    let child = pos << 1;
    if (child < heapSize && heapLess(heap[child + 1], heap[child])) child++;
    if (!heapLess(heap[child], item)) break;
    heapSet(pos, heap[child]);
    pos = child;
  }
  heapSet(pos, item);
}
function heapInsert(item) {
  heap[++heapSize] = item;
  percolateUp(heapSize);
}
function heapPeek() {
  return heapSize > 0 ? heap[1] : null;
}
function heapRemoveAt(pos) {
  const last = heap[heapSize];
  heap[heapSize--] = undefined;
  if (pos <= heapSize) {
    heapSet(pos, last);
    if (pos > 1 && heapLess(last, heap[pos >> 1])) percolateUp(pos);
    else percolateDown(pos);
  }
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(expiry);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = ++asyncIdCounter;
    item[triggerAsyncIdSymbol] = 1;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function coerceTimeout(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceTimeout(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function active(item) {
  insertGuarded(item, true);
}
function unrefActive(item) {
  insertGuarded(item, false);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  const list = timerListMap[item._idleTimeout];
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    if (list.priorityQueuePosition !== null) heapRemoveAt(list.priorityQueuePosition);
    delete timerListMap[item._idleTimeout];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

let runNextTicks;
function setRunNextTicks(fn) {
  runNextTicks = fn;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      percolateDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) refCount--;
      }
    }
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(1);
  }
}

// Called by the loop in the timers phase. Returns the next expiry (negative when unref'ed), 0 for none.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heapPeek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      if (refCount === 0) toggleTimerRef(false);
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

// ---- immediates ----
const immediateInfo = { count: 0, refCount: 0 };
function syncImmediateInfo() {
  setImmediateInfo(immediateInfo.count, immediateInfo.refCount);
}

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    immediateInfo.count++;
    immediateQueue.append(this);
    syncImmediateInfo();
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      immediateInfo.refCount++;
      syncImmediateInfo();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      immediateInfo.refCount--;
      syncImmediateInfo();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo.count--;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateInfo.refCount--;
  immediate[kRefed] = null;
  syncImmediateInfo();
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// Called by the loop in the check phase. Immediates queued while it runs wait for the next iteration.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo.count--;
    if (immediate[kRefed]) immediateInfo.refCount--;
    immediate[kRefed] = null;
    syncImmediateInfo();
    prevImmediate = immediate;
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else Reflect.apply(immediate._onImmediate, immediate, argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
}

binding.setupTimers(processImmediate, processTimers);

module.exports = {
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  active,
  unrefActive,
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  kRefed,
  setRunNextTicks,
  getLibuvNow,
};
