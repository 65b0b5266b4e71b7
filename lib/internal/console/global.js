'use strict';
// The global `console`: a plain object carrying Console's methods bound to itself, writing to
// process.stdout / process.stderr (looked up on first write).

const { Console, kBindStreamsLazy, kBindProperties } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };
for (const prop of Reflect.ownKeys(Console.prototype)) {
  if (prop === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    const name = desc.value.name;
    desc.value = Function.prototype.bind.call(desc.value, globalConsole);
    Reflect.defineProperty(desc.value, 'name', { value: name });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}
globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');
globalConsole.Console = Console;

// Inspector-only methods: present as in node, with nothing to report to without an inspector.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = { [name]() {} }[name];
}
globalConsole.context = function context() {
  return { __proto__: globalConsole };
};
globalConsole.createTask = function createTask() {
  return { run: (fn) => fn() };
};

module.exports = globalConsole;
