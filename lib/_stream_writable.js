'use strict';
// Legacy module id kept for compatibility: re-exports stream.Writable.

module.exports = require('stream').Writable;
