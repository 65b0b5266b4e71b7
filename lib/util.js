'use strict';
// util. (Core subset for the runtime; the complete module lands with the core-library work.)

const { inspect, format, formatWithOptions } = require('internal/util/inspect');

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

module.exports = { inspect, format, formatWithOptions, inherits };
