// util.debuglog / util.debug: disabled sections are silent no-ops with enabled === false; the callback runs on first use.
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.debug, util.debuglog);
const log = util.debuglog('oxnode_test_section', common.mustCall((fn) => assert.strictEqual(typeof fn, 'function')));
assert.strictEqual(log.enabled, false);
log('not printed %d', 1);
log('still not printed');
console.log('done');
