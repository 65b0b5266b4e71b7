'use strict';
// Legacy module id kept for compatibility: re-exports stream.Transform.

module.exports = require('stream').Transform;
