'use strict';
// Legacy module id kept for compatibility: re-exports stream.PassThrough.

module.exports = require('stream').PassThrough;
