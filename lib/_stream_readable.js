'use strict';
// Legacy module id kept for compatibility: re-exports stream.Readable.

module.exports = require('stream').Readable;
