'use strict';
// util.inspect / util.format. (Placeholder subset: the node-exact implementation replaces this file.)

function formatValue(v, depth, seen) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'string': return depth === 0 ? v : `'${v}'`;
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': return `[Function: ${v.name || '(anonymous)'}]`;
    default: break;
  }
  if (v instanceof Error) return v.stack || String(v);
  if (seen.includes(v)) return '[Circular *1]';
  if (depth > 3) return Array.isArray(v) ? '[Array]' : '[Object]';
  seen.push(v);
  let out;
  if (Array.isArray(v)) {
    out = v.length === 0 ? '[]' : `[ ${v.map((x) => formatValue(x, depth + 1, seen)).join(', ')} ]`;
  } else {
    const keys = Object.keys(v);
    out = keys.length === 0 ? '{}' : `{ ${keys.map((k) => `${k}: ${formatValue(v[k], depth + 1, seen)}`).join(', ')} }`;
  }
  seen.pop();
  return out;
}

function inspect(value) {
  return formatValue(value, 1, []);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2 };

function formatWithOptions(opts, ...args) {
  if (args.length === 0) return '';
  const first = args[0];
  let out = '';
  let a = 0;
  if (typeof first === 'string') {
    a = 1;
    out = first.replace(/%[sdifjoOc%]/g, (m) => {
      if (m === '%%') return '%';
      if (a >= args.length) return m;
      const arg = args[a++];
      switch (m) {
        case '%s': return typeof arg === 'string' ? arg : formatValue(arg, 1, []);
        case '%d': case '%i': return String(m === '%i' ? Math.trunc(Number(arg)) : Number(arg));
        case '%f': return String(Number.parseFloat(arg));
        case '%j': return JSON.stringify(arg);
        case '%c': return '';
        default: return inspect(arg);
      }
    });
  }
  for (; a < args.length; a++) {
    const arg = args[a];
    out += (out === '' && a === 0 ? '' : ' ') + (typeof arg === 'string' ? arg : inspect(arg));
  }
  return out;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

module.exports = { inspect, format, formatWithOptions };
