'use strict';
// getOptionValue('--name'): the command-line (and NODE_OPTIONS) value of a node option.

const { values } = internalBinding('options');

const lists = new Set(['--require', '--import', '--conditions', '--env-file']);
const numbers = new Set(['--max-http-header-size', '--stack-trace-limit', '--max-old-space-size']);
const defaults = { '--max-http-header-size': 16384, '--warnings': true, '--deprecation': true, '--addons': true };

let table;
function build() {
  table = new Map();
  for (const [name, value] of values) {
    if (lists.has(name)) {
      if (!table.has(name)) table.set(name, []);
      table.get(name).push(value);
    } else if (name.startsWith('--no-')) {
      table.set(`--${name.slice(5)}`, false);
    } else if (numbers.has(name)) {
      table.set(name, Number(value));
    } else {
      table.set(name, value === '' ? true : value);
    }
  }
}

function getOptionValue(name) {
  if (table === undefined) build();
  if (table.has(name)) return table.get(name);
  if (lists.has(name)) return [];
  if (name in defaults) return defaults[name];
  return undefined;
}

module.exports = { getOptionValue };
