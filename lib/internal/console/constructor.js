'use strict';
// The Console class: formatting, group indentation, counters, timers and console.table.

const {
  formatWithOptions,
  inspect,
  getStringWidth,
  previewEntries,
} = require('internal/util/inspect');
const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateArray, validateInteger, validateObject } = require('internal/validators');
const { getClassName } = internalBinding('util');

const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!errStream || typeof errStream.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  // Methods are bound so that `const { log } = console` keeps working.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Function.prototype.bind.call(this[key], this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  this[kBindStreamsEager](stdout, errStream);
  this[kBindProperties](ignore, colorMode, groupIndentation, inspectOptions);
}

const kBindStreamsEager = Symbol('kBindStreamsEager');
const consoleProps = {};
for (const prop of ['_stdout', '_stderr', '_stdoutErrorHandler', '_stderrErrorHandler', '_ignoreErrors', '_times']) {
  consoleProps[prop] = { writable: true, enumerable: false, configurable: true };
}

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    value(stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { ...consoleProps._stdout, value: stdout },
        _stderr: { ...consoleProps._stderr, value: stderr },
      });
    },
  },
  // The global console reads process.stdout/stderr only when first written to.
  [kBindStreamsLazy]: {
    value(object) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        _stdout: {
          enumerable: false,
          configurable: true,
          get() { return stdout ?? object.stdout; },
          set(value) { stdout = value; },
        },
        _stderr: {
          enumerable: false,
          configurable: true,
          get() { return stderr ?? object.stderr; },
          set(value) { stderr = value; },
        },
      });
    },
  },
  [kBindProperties]: {
    value(ignoreErrors, colorMode, groupIndentation = 2, inspectOptions) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { ...consoleProps._stdoutErrorHandler, value: createWriteErrorHandler(this, kUseStdout) },
        _stderrErrorHandler: { ...consoleProps._stderrErrorHandler, value: createWriteErrorHandler(this, kUseStderr) },
        _ignoreErrors: { ...consoleProps._ignoreErrors, value: Boolean(ignoreErrors) },
        _times: { ...consoleProps._times, value: new Map() },
        [kCounts]: { ...consoleProps._times, value: new Map() },
        [kColorMode]: { ...consoleProps._times, value: colorMode },
        [kGroupIndent]: { ...consoleProps._times, value: '' },
        [kGroupIndentationWidth]: { ...consoleProps._times, value: groupIndentation },
        [kInspectOptions]: { ...consoleProps._times, value: inspectOptions },
        [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
      });
    },
  },
  [kWriteToConsole]: {
    value(streamSymbol, string) {
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      const groupIndent = this[kGroupIndent];
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';
      if (!this._ignoreErrors) {
        stream.write(string);
        return;
      }
      // Errors from a broken stream are swallowed, as node does by default: a no-op 'error'
      // listener covers the write, and synchronous throws (other than stack overflow) are dropped.
      stream.once('error', noop);
      try {
        stream.write(string, useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
      } catch (e) {
        if (isStackOverflowError(e)) throw e;
      } finally {
        stream.removeListener('error', noop);
      }
    },
  },
  [kGetInspectOptions]: {
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') {
        color = Boolean(stream && stream.isTTY) &&
          (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
      }
      const options = this[kInspectOptions];
      if (options) {
        if (options.colors === undefined) return { ...options, colors: color };
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },
});

function noop() {}

function isStackOverflowError(e) {
  return e instanceof RangeError && /call stack|stack overflow/i.test(String(e.message));
}

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && typeof stream.once === 'function' &&
        !(stream._writableState && stream._writableState.errorEmitted)) {
      // Keep the process alive on EPIPE and friends: one no-op listener absorbs the 'error'.
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', () => {});
      }
    }
  };
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [secs, millis] = seconds.toFixed(3).split('.');
    const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${lead}:${pad2(secs)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const [sec, nsec] = process.hrtime(time);
  const formatted = formatTime(sec * 1000 + nsec / 1e6);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---- console.table ---------------------------------------------------------------------------------
const tableChars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├',
  topMiddle: '┬', bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤',
  left: '│ ', right: ' │', middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, formatWithOptions(this[kGetInspectOptions](this._stdout), ...args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, formatWithOptions(this[kGetInspectOptions](this._stderr), ...args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = {
      name: 'Trace',
      message: formatWithOptions(this[kGetInspectOptions](this._stderr), ...args),
    };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    const stdout = this._stdout;
    if (stdout && stdout.isTTY && process.env.TERM !== 'dumb') stdout.write('\x1b[1;1H\x1b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const final = (k, v) => this.log(renderTable(k, v));
    const cell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...this[kGetInspectOptions](this._stdout) });
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));
    const kind = getClassName(tabularData);

    if (kind === 'Map' || kind === 'Map Iterator') {
      const keys = [];
      const values = [];
      if (kind === 'Map') {
        for (const [k, v] of tabularData) {
          keys.push(cell(k));
          values.push(cell(v));
        }
      } else {
        const [entries, isKeyValue] = previewEntries(tabularData);
        if (!isKeyValue) {
          const shown = entries.map(cell);
          return final(['(iteration index)', 'Values'], [indexColumn(shown.length), shown]);
        }
        for (let i = 0; i < entries.length; i += 2) {
          keys.push(cell(entries[i]));
          values.push(cell(entries[i + 1]));
        }
      }
      return final(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
    }
    if (kind === 'Set' || kind === 'Set Iterator') {
      const items = kind === 'Set' ? [...tabularData] : previewEntries(tabularData)[0];
      const values = items.map(cell);
      return final(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
    }

    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesColumn = [];
    const indexKeys = Object.keys(tabularData);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = tabularData[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesColumn[i] = cell(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = cell(item[key]);
          }
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push('Values');
      values.push(valuesColumn);
    }
    keys.unshift('(index)');
    values.unshift(indexKeys);
    return final(keys, values);
  },
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kWriteToConsole] !== undefined;
  },
});

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  formatTime,
};
