'use strict';
// path/win32: the Windows flavour of path, whatever the host.
module.exports = require('path').win32;
