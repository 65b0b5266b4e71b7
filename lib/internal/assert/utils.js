'use strict';
// assert.ok() without a message: node quotes the failing call's source text, found from the caller's
// stack frame (file:line:column) and read back from the file.

const kFrame = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;
const sourceCache = new Map();

function callSite(stackStartFn) {
  const holder = {};
  Error.captureStackTrace(holder, stackStartFn);
  const line = String(holder.stack).split('\n')[1];
  const match = line === undefined ? null : kFrame.exec(line);
  if (match === null) return null;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}

function readSource(file) {
  if (!sourceCache.has(file)) {
    let text = null;
    try {
      if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) text = require('fs').readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    sourceCache.set(file, text);
  }
  return sourceCache.get(file);
}

// Index of the paren closing the one at `open`, skipping string and template literals; -1 if none.
function closingParen(source, open) {
  let depth = 0;
  let quote = null;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

function calleeStart(source, open) {
  let end = open;
  while (end > 0 && /\s/.test(source[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\w$.\s]/.test(source[start - 1])) start--;
  while (/\s/.test(source[start])) start++;
  return start < end && /[\w$]/.test(source[end - 1]) ? start : -1;
}

// QuickJS reports a call at the position of its last operand, not its callee, so walk outwards over the
// calls enclosing that position: the first whose callee looks like an assertion or which starts a
// statement wins, else the innermost.
function extractCall(source, offset) {
  let pos = offset;
  while (pos < source.length && /[\w$.]/.test(source[pos])) pos++;
  while (pos < source.length && /\s/.test(source[pos])) pos++;
  const floor = Math.max(0, offset - 4000);
  let innermost = null;
  for (let open = source[pos] === '(' ? pos : offset; open >= floor; open--) {
    if (source[open] !== '(') continue;
    const start = calleeStart(source, open);
    if (start === -1) continue;
    const close = closingParen(source, open);
    if (close === -1 || close < offset) continue;
    const call = { start, text: source.slice(start, close + 1) };
    if (/(?:^|\.)(?:assert|ok|strict)$/.test(source.slice(start, open).trim())) return call;
    if (/(?:^|[;{}])\s*$/.test(source.slice(Math.max(0, start - 200), start))) return call;
    innermost ??= call;
  }
  return innermost;
}

function getErrMessage(stackStartFn) {
  const site = callSite(stackStartFn);
  if (site === null) return undefined;
  const source = readSource(site.file);
  if (source === null) return undefined;
  const sourceLines = source.split('\n');
  if (site.line > sourceLines.length) return undefined;
  let offset = 0;
  for (let i = 0; i < site.line - 1; i++) offset += sourceLines[i].length + 1;
  offset += site.column - 1;
  const call = extractCall(source, offset);
  if (call === null) return undefined;
  // Continuation lines lose the indentation of the call's first line, then all get two spaces.
  const column = call.start - source.lastIndexOf('\n', call.start - 1) - 1;
  const lines = call.text.split('\n').map((line, i) => {
    if (i === 0) return line;
    const indent = line.length - line.trimStart().length;
    return line.slice(Math.min(indent, column));
  });
  return `The expression evaluated to a falsy value:\n\n  ${lines.join('\n  ')}\n`;
}

module.exports = { getErrMessage };
