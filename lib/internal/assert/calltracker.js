'use strict';
// assert.CallTracker (deprecated, DEP0173): wraps functions and checks they ran the expected number of times.

const { AssertionError } = require('internal/assert/assertion_error');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const noop = () => {};
let warned = false;

class CallTracker {
  #tracked = new WeakMap();
  #contexts = new Set();

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  #contextOf(fn) {
    const context = this.#tracked.get(fn);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    }
    return context;
  }

  getCalls(fn) {
    return this.#contextOf(fn).calls.slice();
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#contexts) context.calls.length = 0;
      return;
    }
    this.#contextOf(fn).calls.length = 0;
  }

  calls(fn, exact = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      exact = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(exact, 'exact', true);
    const context = { exact, calls: [], name: fn.name || 'calls', stackTrace: new Error() };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.calls.push({ thisArg, arguments: argList });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#contexts.add(context);
    this.#tracked.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      if (context.calls.length !== context.exact) {
        errors.push({
          message: `Expected the ${context.name} function to be executed ${context.exact} time(s) but was ` +
            `executed ${context.calls.length} time(s).`,
          actual: context.calls.length,
          expected: context.exact,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = { CallTracker };
