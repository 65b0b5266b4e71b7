'use strict';
// node:console: the global console object (with `Console` as a property).

module.exports = require('internal/console/global');
