'use strict';
// The `performance` global: high-resolution time since the process started.

const { performanceNow, timeOrigin } = internalBinding('process');

class Performance {
  now() {
    return performanceNow();
  }

  get timeOrigin() {
    return timeOrigin;
  }

  toJSON() {
    return { timeOrigin, eventLoopUtilization: {} };
  }
}

const performance = new Performance();
module.exports = { Performance, performance };
