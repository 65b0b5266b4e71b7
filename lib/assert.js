'use strict';
// assert. (Core subset for the runtime; the complete module lands with the core-library work.)

const { inspect } = require('internal/util/inspect');

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator } = options;
    super(message ?? `${inspect(actual)} ${operator} ${inspect(expected)}`);
    this.generatedMessage = message === undefined;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
}
Object.defineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true });

function fail(actual, expected, message, operator) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual, expected, message, operator });
}

function ok(value, message) {
  if (!value) fail(value, true, message ?? 'The expression evaluated to a falsy value', '==');
}

function isDeepStrictEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map || a instanceof Set) {
    return isDeepStrictEqual([...a], [...b]);
  }
  if (a instanceof Date) return a.getTime() === b.getTime();
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && isDeepStrictEqual(a[k], b[k]));
}

function matchesExpected(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected(err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  return Object.keys(expected).every((k) => (expected[k] instanceof RegExp ?
    expected[k].test(err[k]) : isDeepStrictEqual(err[k], expected[k])));
}

function throws(fn, expected, message) {
  try {
    fn();
  } catch (err) {
    if (!matchesExpected(err, expected)) {
      fail(err, expected, message ?? `The error did not match: ${inspect(err)}`, 'throws');
    }
    return;
  }
  fail(undefined, expected, message ?? 'Missing expected exception.', 'throws');
}

async function rejects(promiseFn, expected, message) {
  try {
    await (typeof promiseFn === 'function' ? promiseFn() : promiseFn);
  } catch (err) {
    if (!matchesExpected(err, expected)) fail(err, expected, message ?? 'The rejection did not match', 'rejects');
    return;
  }
  fail(undefined, expected, message ?? 'Missing expected rejection.', 'rejects');
}

const assert = ok;
Object.assign(assert, {
  AssertionError,
  fail(message = 'Failed') {
    fail(undefined, undefined, message, 'fail');
  },
  ok,
  equal(a, b, m) {
    if (!(a == b || (a !== a && b !== b))) fail(a, b, m, '=='); // eslint-disable-line eqeqeq
  },
  notEqual(a, b, m) {
    if (a == b) fail(a, b, m, '!='); // eslint-disable-line eqeqeq
  },
  strictEqual(a, b, m) {
    if (!Object.is(a, b)) fail(a, b, m, 'strictEqual');
  },
  notStrictEqual(a, b, m) {
    if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual');
  },
  deepStrictEqual(a, b, m) {
    if (!isDeepStrictEqual(a, b)) fail(a, b, m, 'deepStrictEqual');
  },
  deepEqual(a, b, m) {
    if (!isDeepStrictEqual(a, b)) fail(a, b, m, 'deepEqual');
  },
  match(s, re, m) {
    if (!re.test(s)) fail(s, re, m, 'match');
  },
  throws,
  rejects,
  ifError(err) {
    if (err !== null && err !== undefined) throw err;
  },
});
assert.strict = assert;
module.exports = assert;
