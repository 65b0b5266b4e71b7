'use strict';
// The main entry: preloads (-r), then the script, -e/-p code, or the program on stdin.

const path = require('path');
const { Module, evalScript } = require('internal/modules/cjs/loader');
const { getOptionValue } = require('internal/options');
const { mode, evalSource, print } = internalBinding('options');

for (const request of getOptionValue('--require')) {
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  Module._load(request, parent, false);
}

switch (mode) {
  case 'script':
    process.argv[1] = path.resolve(process.argv[1]);
    Module.runMain(process.argv[1]);
    break;
  case 'check': {
    // Resolved like a main module (extensions, directories), compiled with the CommonJS wrapper's parameters.
    const filename = Module._resolveFilename(path.resolve(process.argv[1]), null, true);
    internalBinding('contextify').compileFunction(internalBinding('fs').readFileUtf8(filename), filename,
      'exports, require, module, __filename, __dirname');
    break;
  }
  case 'eval':
    evalScript('[eval]', evalSource, print);
    break;
  default:
    evalScript('[stdin]', internalBinding('fs').readFileUtf8('/dev/stdin'), false);
}
