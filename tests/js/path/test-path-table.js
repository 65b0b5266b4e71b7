// path.posix and path.win32 over a large table of inputs: every function's output, compared with node's.
'use strict';
const path = require('path');

const inputs = [
  '', '.', '..', '/', '//', '///', '\\', '\\\\', 'a', 'a/', 'a//', '/a', '//a', '///a', 'a/b', 'a/b/', '/a/b/',
  'a/./b', 'a/../b', '../a', '../../a/b', 'a/b/../../..', '/..', '/../a', './', './a', 'a/.', 'a/..',
  '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', '/a/b.c', '/a/.b', '/a/b.', '/a/b..', 'a/b.c/', 'file.txt//',
  '//server', '//server/share', '//server/share/', '//server/share/a', '\\\\server\\share\\a.txt',
  '\\\\?\\c:\\x', '\\\\.\\pipe\\x', 'c:', 'C:', 'c:\\', 'c:/', 'c:a', 'c:\\a\\b', 'c:a\\..\\..', 'c:\\..',
  'C:\\foo\\bar\\baz.txt', 'c:\\foo\\', 'c:foo\\bar.', 'a\\b', 'a\\..\\b', '\\a\\b\\', 'a/../c:x', 'foo:bar',
  'x/../foo:bar/baz', ':x', '1:', 'a:b:c', 'dir\\file.ext', '/foo/bar//baz/asdf/quux/..', 'foo/bar/../..',
  '/home/user/dir/file.txt', 'é/ü.ñ', '\ud800/x', '..\\..', '.\\.\\a', 'a/b\\c', '/a\\b/c.d\\e',
];

function show(fn) {
  try {
    return JSON.stringify(fn());
  } catch (err) {
    return `throws ${err.code}`;
  }
}

for (const [flavour, p] of [['posix', path.posix], ['win32', path.win32]]) {
  for (const s of inputs) {
    const line = [
      flavour, JSON.stringify(s),
      show(() => p.normalize(s)), show(() => p.isAbsolute(s)), show(() => p.dirname(s)),
      show(() => p.basename(s)), show(() => p.basename(s, '.txt')), show(() => p.basename(s, 'b')),
      show(() => p.extname(s)), show(() => p.parse(s)), show(() => p.join(s, 'x')), show(() => p.join('x', s)),
      show(() => p.join(s, s)), p.isAbsolute(s) ? show(() => p.toNamespacedPath(s)) : "-",
    ];
    console.log(line.join(' '));
  }
  const cwdFree = inputs.filter((s) => p.isAbsolute(s) && !s.includes('\ud800'));
  for (const a of cwdFree) {
    for (const b of cwdFree) {
      console.log(flavour, JSON.stringify(a), JSON.stringify(b), show(() => p.resolve(a, b)),
                  show(() => p.relative(a, b)), show(() => p.resolve(a, 'x', b, '..')));
    }
  }
}
