'use strict';
// util/types: the public face of internal/util/types (also reachable as util.types).

module.exports = require('internal/util/types');
