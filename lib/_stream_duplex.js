'use strict';
// Legacy module id kept for compatibility: re-exports stream.Duplex.

module.exports = require('stream').Duplex;
