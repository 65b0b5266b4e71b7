'use strict';
// path/posix: the POSIX flavour of path, whatever the host.
module.exports = require('path').posix;
